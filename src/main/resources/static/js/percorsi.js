// Pages work without JavaScript; this only marks that it is available, so the
// stylesheet can let Bootstrap Italia's collapsible menu behave as designed.
document.documentElement.classList.remove('no-js');
