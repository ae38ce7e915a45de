/*
 * Shared Services Map: add this script once to a page that embeds the map
 * in one or more iframes. Each map tells the page the height its content
 * needs, and this script gives its iframe that height.
 *
 *   <script src="https://YOUR-HOST/shared-services-map/embed.js" async></script>
 *
 * It reads the message format of Datawrapper's responsive iframes,
 * { "datawrapper-height": { id: height } }, and only from a window that is
 * one of the page's own iframes. It sends nothing, sets no cookie and
 * stores nothing.
 */
(function () {
  'use strict';
  if (window.__sharedServicesMapEmbed) return;
  window.__sharedServicesMapEmbed = true;

  var MIN = 150;
  var MAX = 10000;

  // The snippet's iframe carries style="width: 100%; border: 0" (valid HTML,
  // where width="100%" and frameborder are not). A host page whose own
  // Content-Security-Policy forbids style attributes drops it; the same
  // declarations set through the style object are allowed.
  function applyBlockedStyle(frame) {
    var declared = frame.getAttribute('style');
    if (declared && !frame.style.cssText) frame.style.cssText = declared;
  }

  function frameFor(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || !data['datawrapper-height']) return;
    var frame = frameFor(event.source);
    if (!frame) return;
    applyBlockedStyle(frame);
    var heights = data['datawrapper-height'];
    for (var id in heights) {
      if (!Object.prototype.hasOwnProperty.call(heights, id)) continue;
      var height = Number(heights[id]);
      if (!isFinite(height) || height < MIN || height > MAX) continue;
      // Set through the style object, which a strict Content-Security-Policy allows.
      frame.style.height = Math.ceil(height) + 'px';
    }
  });
})();
