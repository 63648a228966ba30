/* Small helpers of Roster's pages. */
var Roster = Roster || {};
/** Copies the text of the element (or the element with this id) to the clipboard and says so on the button. */
Roster.copy = function (element, button) {
    var field = typeof element === 'string' ? document.getElementById(element) : element;
    var text = field.value !== undefined ? field.value : field.textContent;
    var done = function () { if (button) { button.querySelector('.ui-button-text').textContent = 'Copied'; } };
    if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(done);
    } else {
        var range = document.createRange();
        range.selectNodeContents(field);
        window.getSelection().removeAllRanges();
        window.getSelection().addRange(range);
        if (field.select) { field.select(); }
        document.execCommand('copy');
        done();
    }
};
/** A generated password's Copy button (r:newPassword) copies the value shown beside it. */
document.addEventListener('click', function (event) {
    var button = event.target.closest('.copy-generated');
    if (button) {
        Roster.copy(button.closest('.generated-note').querySelector('.generated-value'), button);
    }
});
/** Esc closes an open overlay menu (the account menu) as it closes dialogs, and the focus goes back to its button. */
document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' || typeof PrimeFaces === 'undefined') {
        return;
    }
    Object.keys(PrimeFaces.widgets).forEach(function (name) {
        var widget = PrimeFaces.widgets[name];
        if (widget instanceof PrimeFaces.widget.OverlayPanel && widget.isVisible()) {
            widget.hide();
            widget.target.trigger('focus');
        }
    });
});
/**
 * A dialog gives the focus back to what had it when it opened: PrimeFaces' own dialogs leave it
 * nowhere. The button that opened it is often disabled during its request, which takes its focus
 * away, hence the last element that had the focus.
 */
var lastFocused = null;
document.addEventListener('focusin', function (event) {
    lastFocused = event.target;
});
document.addEventListener('DOMContentLoaded', function () {
    if (typeof PrimeFaces === 'undefined' || !PrimeFaces.widget.Dialog) {
        return;
    }
    var dialog = PrimeFaces.widget.Dialog.prototype, show = dialog.show, hide = dialog.hide;
    dialog.show = function () {
        if (!this.isVisible()) {
            this.opener = document.activeElement !== document.body ? document.activeElement : lastFocused;
        }
        return show.apply(this, arguments);
    };
    dialog.hide = function () {
        var result = hide.apply(this, arguments), opener = this.opener;
        this.opener = null;
        if (opener && document.body.contains(opener)) {
            opener.focus();
        }
        return result;
    };
});
