/*
 * The Hub's only script of its own (a file, so the content security policy needs no inline script):
 * - after a page load with an error summary, focus moves to the summary, so a screen reader reads it first; without
 *   one, to an element marked data-hub-focus (a result just made, such as the randomisation's);
 * - a link in the summary moves focus to its field (not only the scroll position).
 * Autosave never moves focus: the summary updated by an Ajax answer is left where it is.
 */
(function () {
  'use strict';
  function focusSummary() {
    var summary = document.querySelector('.hub-error-summary') || document.querySelector('[data-hub-focus]');
    if (summary) {
      summary.focus();
    }
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('.hub-error-summary a[href^="#"]') : null;
    if (!link) {
      return;
    }
    var field = document.getElementById(decodeURIComponent(link.getAttribute('href').substring(1)));
    if (field) {
      event.preventDefault();
      var input = field.matches('input, select, textarea, [contenteditable]') ? field
          : field.querySelector('input, select, textarea, [contenteditable]');
      (input || field).focus();
      (input || field).scrollIntoView({ block: 'center' });
    }
  });
  /*
   * The practice editor (PrimeFaces' text editor, Quill): it gets the name of its label, and Tab leaves it as it leaves
   * any field (Quill would insert a tab character and keep the keyboard inside). Its toolbar stays reachable with
   * Shift+Tab.
   */
  function fixEditors() {
    document.querySelectorAll('.ui-texteditor[data-label]').forEach(function (editor) {
      var label = editor.getAttribute('data-label');
      if (editor.getAttribute('role')) {
        editor.setAttribute('aria-labelledby', label);
      }
      var area = editor.querySelector('.ql-editor');
      if (area && !area.hasAttribute('data-hub')) {
        area.setAttribute('data-hub', '');
        area.setAttribute('role', 'textbox');
        area.setAttribute('aria-multiline', 'true');
        area.setAttribute('aria-labelledby', label);
        editor.addEventListener('keydown', function (event) {
          if (event.key === 'Tab' && event.target === area) {
            event.stopPropagation(); // before Quill sees it: the browser moves focus on
          }
        }, true);
      }
    });
  }
  window.addEventListener('load', fixEditors);
  document.addEventListener('DOMContentLoaded', function () { setTimeout(fixEditors, 0); });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', focusSummary);
  } else {
    focusSummary();
  }
})();
