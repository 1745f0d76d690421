/*
 * The Hub's only script of its own (a file, so the content security policy needs no inline script):
 * - after a page load with an error summary, focus moves to the summary, so a screen reader reads it first; without
 *   one, to an element marked data-hub-focus (a question to confirm, a result just made, such as the randomisation's),
 *   else to the news an action left at the top; a link to a field ("#figure-x") puts the focus on the field;
 * - a link in the summary moves focus to its field (not only the scroll position).
 * Autosave never moves focus: the summary updated by an Ajax answer is left where it is.
 */
(function () {
  'use strict';
  /* Focus on a field, or the first field inside an element (an item, a key figure), shown in the middle. */
  function focusField(field) {
    var input = field.matches('input, select, textarea, [contenteditable]') ? field
        : field.querySelector('input:not([type=hidden]), select, textarea, [contenteditable]');
    (input || field).focus();
    (input || field).scrollIntoView({ block: 'center' });
  }
  function focusSummary() {
    // A link from another page's summary to a field here ("…#figure-newEnrolments", "…#item-AI2") leads to the
    // field itself; other fragments (the skip link's #main) leave the focus to the rules below.
    var target = null;
    try {
      var id = decodeURIComponent(location.hash.substring(1));
      target = /^(figure|item)-/.test(id) ? document.getElementById(id) : null;
    } catch (e) {
      target = null; // a malformed fragment names nothing
    }
    if (target) {
      focusField(target);
      var focused = document.activeElement;
      // The browser's own move to the fragment, after the page has loaded, takes the focus away again: once more
      // then, unless the user has already moved on.
      window.addEventListener('load', function () {
        setTimeout(function () {
          if (document.activeElement === focused || document.activeElement === document.body) {
            focusField(target);
          }
        }, 0);
      });
      return;
    }
    // Else the error summary, a question or result marked data-hub-focus, or the news an action left ("Rapporten er
    // godkendt"): where the user's attention belongs after the page came back.
    var summary = document.querySelector('.hub-error-summary') || document.querySelector('[data-hub-focus]')
        || document.querySelector('#messages .hub-notice');
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
      focusField(field);
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
      var toolbar = editor.querySelector('.ql-toolbar');
      var container = editor.querySelector('.ql-container');
      if (toolbar && container && !toolbar.hasAttribute('data-hub')) {
        toolbar.setAttribute('data-hub', '');
        // The toolbar after the text, in the page and on screen: Tab from the field before lands in the text (typing
        // on a toolbar button lost words, and Space made the rest bold), Tab from the text reaches the toolbar.
        container.parentNode.insertBefore(toolbar, container.nextSibling);
        editor.classList.add('hub-toolbar-below');
        makeToolbar(toolbar, editor.getAttribute('data-toolbar-label'));
      }
    });
  }
  /*
   * A toolbar is one stop for Tab (WAI-ARIA's toolbar pattern): the arrow keys, Home and End move between its buttons,
   * so Tab goes on to the next field after one press.
   */
  function makeToolbar(toolbar, label) {
    var buttons = Array.prototype.slice.call(toolbar.querySelectorAll('button'));
    if (!buttons.length) {
      return;
    }
    toolbar.setAttribute('role', 'toolbar');
    if (label) {
      toolbar.setAttribute('aria-label', label);
    }
    buttons.forEach(function (button, i) {
      button.setAttribute('tabindex', i === 0 ? '0' : '-1');
    });
    toolbar.addEventListener('keydown', function (event) {
      var at = buttons.indexOf(document.activeElement);
      if (at < 0) {
        return;
      }
      var next = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0,
        End: buttons.length - 1 }[event.key];
      if (next === undefined) {
        return;
      }
      event.preventDefault();
      next = (next + buttons.length) % buttons.length;
      buttons[at].setAttribute('tabindex', '-1');
      buttons[next].setAttribute('tabindex', '0');
      buttons[next].focus();
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
