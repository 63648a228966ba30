package dev.roster.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.Entity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CommandLineDatabaseTest {

    /** The WAR finds its entities by scanning; the command line lists them, and must not miss one that arrives later. */
    @Test
    void theCommandLineKnowsEveryEntityOfTheWar() throws IOException, URISyntaxException {
        Path classes = Path.of(CommandLineDatabase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> entities = new HashSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".").replaceFirst("\\.class$", "");
                try {
                    if (Class.forName(name, false, getClass().getClassLoader()).isAnnotationPresent(Entity.class)) {
                        entities.add(name);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // not loadable outside the container; not an entity the command line could use either
                }
            }
        }
        assertEquals(entities, CommandLineDatabase.ENTITIES.stream().map(Class::getName).collect(Collectors.toSet()));
    }
}
