// Progressive enhancement: with JavaScript and a configured tile server, the
// proposal's point is shown on a Leaflet map; without them, the place stays as text.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('proposal-map');
  if (!element || typeof L === 'undefined') {
    return;
  }
  var point = [parseFloat(element.dataset.lat), parseFloat(element.dataset.lng)];
  var map = L.map(element).setView(point, 16);
  L.tileLayer(element.dataset.tiles, { maxZoom: 19 }).addTo(map);
  L.marker(point, { title: element.dataset.label }).addTo(map);
});
