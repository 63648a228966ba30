/* Small helpers of Roster's pages. */
var Roster = Roster || {};
/** Copies the text of the element with this id to the clipboard and says so on the button. */
Roster.copy = function (id, button) {
    var field = document.getElementById(id);
    var text = field.value !== undefined ? field.value : field.textContent;
    var done = function () { if (button) { button.querySelector('.ui-button-text').textContent = 'Copied'; } };
    if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(done);
    } else {
        field.select();
        document.execCommand('copy');
        done();
    }
};
