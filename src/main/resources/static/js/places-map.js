// Progressive enhancement: with JavaScript and a configured tile server, places are
// shown on a Leaflet map; without them, every place stays as text on the page.
// A map shows its own point (data-lat/data-lng) or the points listed in the
// element named by data-points-from (its [data-lat] children, linked by data-url).
document.addEventListener('DOMContentLoaded', function () {
  if (typeof L === 'undefined') {
    return;
  }
  document.querySelectorAll('.percorsi-map').forEach(function (element) {
    var points = [];
    if (element.dataset.lat) {
      points.push({ lat: element.dataset.lat, lng: element.dataset.lng, label: element.dataset.label });
    }
    if (element.dataset.pointsFrom) {
      document.querySelectorAll(element.dataset.pointsFrom + ' [data-lat]').forEach(function (item) {
        points.push({ lat: item.dataset.lat, lng: item.dataset.lng, label: item.dataset.label, url: item.dataset.url });
      });
    }
    if (points.length === 0) {
      element.hidden = true;
      return;
    }
    var map = L.map(element);
    L.tileLayer(element.dataset.tiles, { maxZoom: 19 }).addTo(map);
    var bounds = [];
    points.forEach(function (point) {
      var at = [parseFloat(point.lat), parseFloat(point.lng)];
      bounds.push(at);
      var marker = L.marker(at, { title: point.label }).addTo(map);
      if (point.url) {
        var link = document.createElement('a');
        link.href = point.url;
        link.textContent = point.label; // text, never markup
        marker.bindPopup(link);
      }
    });
    if (bounds.length === 1) {
      map.setView(bounds[0], 16);
    } else {
      map.fitBounds(bounds, { padding: [24, 24] });
    }
  });
});
