package dev.roster.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");

    @Test
    void theSvgReadsBackAsTheText() throws Exception {
        String uri = "otpauth://totp/Roster:b%C3%A9a%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Roster&algorithm=SHA1&digits=6&period=30";
        String svg = QrCodes.svg(uri, "QR code \"for\" <you>");
        assertTrue(svg.contains("aria-label=\"QR code &quot;for&quot; &lt;you&gt;\""), svg);
        assertEquals(uri, new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(image(svg, 4)))).getText());
    }

    /** The SVG's modules drawn as pixels, {@code scale} per module, black on white. */
    private static RGBLuminanceSource image(String svg, int scale) {
        Matcher box = VIEW_BOX.matcher(svg);
        assertTrue(box.find(), svg);
        int width = Integer.parseInt(box.group(1)) * scale;
        int height = Integer.parseInt(box.group(2)) * scale;
        int[] pixels = new int[width * height];
        Arrays.fill(pixels, 0xFFFFFF);
        Matcher module = MODULE.matcher(svg);
        while (module.find()) {
            int x = Integer.parseInt(module.group(1));
            int y = Integer.parseInt(module.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * width + x * scale + dx] = 0;
                }
            }
        }
        return new RGBLuminanceSource(width, height, pixels);
    }
}
