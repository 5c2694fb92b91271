/*
 * Apollo's embedded Sandbox (window.EmbeddedSandbox, loaded from Apollo's CDN by the page) pointed at this
 * gateway, opened on the first example. Offline, the script never loads and the page's fallback text stays.
 */
(function () {
  'use strict';

  if (typeof window.EmbeddedSandbox !== 'function') return;
  var config = JSON.parse(document.getElementById('ide-config').textContent);
  var first = config.examples[0];
  var initialState = { includeCookies: false };
  if (first) {
    initialState.document = first.query;
    if (first.variables) initialState.variables = JSON.parse(first.variables);
  }
  if (config.defaultHeaders) initialState.headers = JSON.parse(config.defaultHeaders);
  document.querySelector('.sandbox-fallback').hidden = true;
  new window.EmbeddedSandbox({
    target: '#embedded-sandbox',
    initialEndpoint: new URL(config.endpoint, window.location.href).href,
    initialState: initialState,
    endpointIsEditable: false,
    hideCookieToggle: false,
    runTelemetry: false,
  });
})();
