// Pages work without JavaScript; this only marks that it is available, so the
// stylesheet can let Bootstrap Italia's collapsible menu behave as designed.
document.documentElement.classList.remove('no-js');
// htmx would inject an inline <style> for its indicators, which the content
// security policy refuses: none is needed here.
if (window.htmx) {
  window.htmx.config.includeIndicatorStyles = false;
}
