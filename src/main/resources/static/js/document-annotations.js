// A passage selected in the paragraph fills the comment form's hidden quote, start and end: the offsets are
// in the paragraph's plain text (data-plain), which the server checks. Without this script, or when the
// selection cannot be placed in that text, the comment is on the whole paragraph.
(function () {
  'use strict';
  var paragraph = document.getElementById('paragraph-text');
  var quote = document.getElementById('annotation-quote');
  var start = document.getElementById('annotation-start');
  var end = document.getElementById('annotation-end');
  var shown = document.getElementById('annotation-passage');
  if (!paragraph || !quote || !start || !end || !shown) {
    return;
  }
  var plain = paragraph.getAttribute('data-plain') || '';

  function clear() {
    quote.value = '';
    start.value = '';
    end.value = '';
    shown.textContent = shown.getAttribute('data-whole');
  }

  // the occurrence of the text in the plain text nearest to where the selection starts in the rendered text
  function place(text, approximate) {
    var best = -1;
    var from = plain.indexOf(text);
    while (from >= 0) {
      if (best < 0 || Math.abs(from - approximate) < Math.abs(best - approximate)) {
        best = from;
      }
      from = plain.indexOf(text, from + 1);
    }
    return best;
  }

  function select() {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return;
    }
    var range = selection.getRangeAt(0);
    if (!paragraph.contains(range.startContainer) || !paragraph.contains(range.endContainer)) {
      return;
    }
    var text = selection.toString().replace(/\s+/g, ' ').trim();
    if (!text || text.length > 1000) {
      clear();
      return;
    }
    var before = document.createRange();
    before.selectNodeContents(paragraph);
    before.setEnd(range.startContainer, range.startOffset);
    var at = place(text, before.toString().length);
    if (at < 0) {
      clear();
      return;
    }
    quote.value = text;
    start.value = String(at);
    end.value = String(at + text.length);
    shown.textContent = shown.getAttribute('data-on-passage') + ' \u201c' + text + '\u201d';
  }

  paragraph.addEventListener('mouseup', select);
  paragraph.addEventListener('keyup', select);
  document.addEventListener('selectionchange', function () {
    var selection = window.getSelection();
    if (selection && !selection.isCollapsed && selection.rangeCount > 0
        && paragraph.contains(selection.getRangeAt(0).commonAncestorContainer)) {
      select();
    }
  });
})();
