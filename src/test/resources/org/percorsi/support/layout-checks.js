// What axe-core does not see, measured in the page as Chromium draws it. Returns a list of problems, each a
// sentence naming the elements; an empty list means the page passed. Run by LayoutChecks.java.
() => {
  const problems = [];
  const root = document.documentElement;

  const rgba = (value) => {
    const m = /rgba?\(([^)]+)\)/.exec(value || '');
    if (!m) return null;
    const p = m[1].split(/[ ,\/]+/).filter(Boolean).map(parseFloat);
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  };
  const luminance = (c) => {
    const ch = [c.r, c.g, c.b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
  };
  const contrast = (a, b) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  // The colour behind an element: the first ancestor with an opaque enough background (white at the top).
  const backgroundBehind = (el) => {
    for (let e = el.parentElement; e; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0.5) return c;
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  };
  const shown = (el) => {
    const s = getComputedStyle(el);
    if (s.display === 'none' || s.visibility === 'hidden' || parseFloat(s.opacity) === 0) return false;
    for (let e = el; e; e = e.parentElement) {
      const es = getComputedStyle(e);
      if (es.display === 'none' || parseFloat(es.opacity) === 0) return false;
      if (e.tagName === 'DETAILS' && !e.open && el !== e && !e.querySelector(':scope > summary').contains(el)) return false;
    }
    const r = el.getBoundingClientRect();
    return r.width >= 2 && r.height >= 2; // visually hidden text is 1 px
  };
  const describe = (el) => {
    const text = (el.innerText || el.value || el.getAttribute('aria-label') || el.getAttribute('name') || '')
      .trim().replace(/\s+/g, ' ').slice(0, 50);
    return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (text ? ' "' + text + '"' : '');
  };
  const rects = (el) => [...el.getClientRects()].filter((r) => r.width >= 2 && r.height >= 2);
  const overlap = (a, b, slack) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack
    && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack;

  // 1. Nothing wider than the window.
  if (root.scrollWidth > root.clientWidth + 1) {
    const past = (e) => e.getBoundingClientRect().right > root.clientWidth + 1;
    // what a scrolling container that fits the window holds is not the cause: it scrolls inside
    const clipped = (e) => {
      for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible' && !past(a)) return true;
      }
      return false;
    };
    const wide = [...document.body.querySelectorAll('*')].filter((e) => past(e) && !clipped(e)
      && ![...e.children].some((c) => past(c) && !clipped(c)));
    problems.push('the page is ' + root.scrollWidth + ' px wide in a ' + root.clientWidth + ' px window, because of: '
      + wide.slice(0, 5).map(describe).join(', '));
  }

  // 2. Every visible form control has a boundary with 3:1 contrast (WCAG 2.1 SC 1.4.11).
  const controls = [...document.querySelectorAll('input:not([type=hidden]), select, textarea')].filter(shown);
  for (const el of controls) {
    const behind = backgroundBehind(el);
    const s = getComputedStyle(el);
    const type = (el.getAttribute('type') || '').toLowerCase();
    const bordered = (style) => ['Top', 'Right', 'Bottom', 'Left'].some((side) => {
      const width = parseFloat(style['border' + side + 'Width']);
      const color = rgba(style['border' + side + 'Color']);
      return style['border' + side + 'Style'] !== 'none' && width >= 1 && color && color.a > 0.5
        && contrast(color, behind) >= 3;
    });
    const filled = (style) => {
      const c = rgba(style.backgroundColor);
      return c && c.a > 0.5 && contrast(c, behind) >= 3;
    };
    if (type === 'file') {
      const button = getComputedStyle(el, '::file-selector-button');
      if (!bordered(button) && !filled(button)) {
        problems.push('the file input ' + describe(el) + ' has a button with no visible boundary: it reads as plain text');
      }
    } else if (type !== 'checkbox' && type !== 'radio' && type !== 'range' && !bordered(s) && !filled(s)) {
      problems.push('the form control ' + describe(el) + ' has no visible boundary (no border or background with 3:1 contrast)');
    }
  }

  // 3. No label or heading drawn over another control, label, heading or link.
  const others = [...document.querySelectorAll('label, h1, h2, h3, h4, h5, h6, legend, a[href], button, input:not([type=hidden]), select, textarea')]
    .filter(shown);
  const isText = (el) => /^(LABEL|H[1-6]|LEGEND)$/.test(el.tagName);
  const boxes = new Map(others.map((el) => [el, rects(el)]));
  const reported = new Set();
  for (const a of others) {
    if (!isText(a)) continue;
    for (const b of others) {
      if (a === b || a.contains(b) || b.contains(a)) continue;
      if (a.tagName === 'LABEL' && (a.control === b || (b.labels && [...b.labels].includes(a)))) {
        // a label and its own control may touch (floating labels) but the label must not cover the control's text
        if (!boxes.get(a).some((ra) => boxes.get(b).some((rb) => overlap(ra, rb, 6)))) continue;
      }
      if (boxes.get(a).some((ra) => boxes.get(b).some((rb) => overlap(ra, rb, 2)))) {
        const key = [describe(a), describe(b)].sort().join(' | ');
        if (!reported.has(key)) {
          reported.add(key);
          problems.push('the ' + (a.tagName === 'LABEL' ? 'label ' : 'heading ') + describe(a) + ' is drawn over ' + describe(b));
        }
      }
    }
  }

  // 4. Nothing of the page's content drawn over the footer.
  const footer = document.querySelector('footer');
  const main = document.querySelector('main');
  if (footer && main) {
    const f = footer.getBoundingClientRect();
    const intruders = [...main.querySelectorAll('*')].filter((e) => shown(e)
      && rects(e).some((r) => overlap(r, f, 1)));
    const deepest = intruders.filter((e) => !intruders.some((o) => o !== e && e.contains(o)));
    if (deepest.length) {
      problems.push('content is drawn over the footer: ' + deepest.slice(0, 5).map(describe).join(', '));
    }
  }

  // 5. Headings go down one level at a time (h1 then h3 leaves a screen reader user looking for what is missing);
  // headings hidden only visually count, headings not rendered do not.
  let previous = 0;
  for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    if (h.getClientRects().length === 0) continue;
    const level = Number(h.tagName.substring(1));
    if (level > previous + 1) {
      problems.push('the heading ' + describe(h) + ' skips a level (h' + level + ' after '
        + (previous ? 'h' + previous : 'no heading') + ')');
    }
    previous = level;
  }
  return problems;
}
