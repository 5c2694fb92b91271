/*
 * usergraph's GraphQL IDE: mounts GraphiQL (UMD build, globals React, ReactDOM, GraphiQL) with the
 * gateway's settings from the page's #ide-config JSON. Plain browser JavaScript, served as is: no build step.
 */
(function () {
  'use strict';

  var h = React.createElement;
  var config = JSON.parse(document.getElementById('ide-config').textContent);
  var endpoint = new URL(config.endpoint, window.location.href).href;
  var useEditorContext = GraphiQL.React.useEditorContext;

  /** The names of the operations a document defines, or null when it does not parse. */
  function operationNames(query) {
    try {
      return GraphiQL.GraphQL.parse(query)
        .definitions.filter(function (d) {
          return d.kind === 'OperationDefinition';
        })
        .map(function (d) {
          return d.name ? d.name.value : null;
        });
    } catch (e) {
      return null;
    }
  }

  /**
   * POSTs the operation as JSON with the headers of the headers pane; a non-JSON answer becomes an error.
   * GraphiQL updates the operation name a moment after a tab switch, so a run right after one can carry the
   * previous tab's name: a name that the document does not define is dropped when the document has one operation.
   */
  function fetcher(params, options) {
    if (params.operationName) {
      var names = operationNames(params.query);
      if (names && names.length === 1 && names[0] !== params.operationName) {
        params = Object.assign({}, params, { operationName: names[0] });
      }
    }
    if (operationType(params.query, params.operationName) === 'subscription') {
      return subscribe(params, options && options.headers);
    }
    var headers = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    };
    if (options && options.headers) Object.assign(headers, options.headers);
    return fetch(endpoint, { method: 'POST', headers: headers, body: JSON.stringify(params) }).then(
      function (response) {
        return response.text().then(function (text) {
          try {
            return JSON.parse(text);
          } catch (e) {
            return {
              errors: [{ message: 'HTTP ' + response.status + ' ' + response.statusText + ': ' + text.slice(0, 500) }],
            };
          }
        });
      },
    );
  }

  /**
   * Subscriptions go over the gateway's WebSocket (graphql-ws, the UMD global `graphqlWs`), the same /graphql
   * path; the headers pane's Authorization travels in connection_init. One client per set of headers.
   */
  var wsEndpoint = endpoint.replace(/^http/, 'ws');
  var wsClients = {};

  function wsClientFor(headers) {
    var authorization = headers && (headers.Authorization || headers.authorization);
    var key = authorization || '';
    if (!wsClients[key]) {
      wsClients[key] = graphqlWs.createClient({
        url: wsEndpoint,
        connectionParams: authorization ? { authorization: authorization } : {},
        retryAttempts: 5,
      });
    }
    return wsClients[key];
  }

  /** The type of the operation that would run, or null when the document does not parse. */
  function operationType(query, operationName) {
    try {
      var operations = GraphiQL.GraphQL.parse(query).definitions.filter(function (d) {
        return d.kind === 'OperationDefinition';
      });
      var chosen =
        operations.length === 1
          ? operations[0]
          : operations.find(function (d) {
              return d.name && d.name.value === operationName;
            });
      return chosen ? chosen.operation : null;
    } catch (e) {
      return null;
    }
  }

  /** Each event as a result GraphiQL shows; errors the server refused the subscription with, as a result too. */
  async function* subscribe(params, headers) {
    var iterator = wsClientFor(headers).iterate({
      query: params.query,
      variables: params.variables || undefined,
      operationName: params.operationName || undefined,
    });
    try {
      for await (var result of iterator) yield result;
    } catch (error) {
      if (Array.isArray(error)) yield { errors: error };
      else if (error && typeof error.code === 'number')
        yield { errors: [{ message: 'The WebSocket closed: ' + error.code + ' ' + (error.reason || '') }] };
      else yield { errors: [{ message: String((error && error.message) || error) }] };
    }
  }

  function ExamplesIcon() {
    return h(
      'svg',
      {
        width: 20,
        height: 20,
        viewBox: '0 0 24 24',
        fill: 'none',
        stroke: 'currentColor',
        strokeWidth: 1.5,
        'aria-hidden': true,
      },
      h('path', { d: 'M4 4.5A1.5 1.5 0 0 1 5.5 3H19v15H5.5A1.5 1.5 0 0 0 4 19.5v-15Z' }),
      h('path', { d: 'M4 19.5A1.5 1.5 0 0 0 5.5 21H19v-3' }),
      h('path', { d: 'M8 7h7M8 10.5h7' }),
    );
  }

  /** The sidebar that lists every example; a click opens it (its pristine tab, or a new tab). */
  function ExamplesPanel() {
    var editor = useEditorContext({ nonNull: true, caller: ExamplesPanel });

    function open(example) {
      var index = editor.tabs.findIndex(function (tab) {
        return tab.query === example.query;
      });
      if (index >= 0) {
        editor.changeTab(index);
        return;
      }
      editor.addTab();
      // addTab fills the new tab with the default query on its next render; replace it after that.
      window.setTimeout(function () {
        if (editor.queryEditor) editor.queryEditor.setValue(example.query);
        if (editor.variableEditor) editor.variableEditor.setValue(example.variables);
      }, 0);
    }

    return h(
      'section',
      { className: 'ide-examples', 'aria-label': 'Example operations' },
      h('div', { className: 'graphiql-doc-explorer-title' }, 'Examples'),
      h(
        'p',
        { className: 'ide-examples-intro' },
        'The operations of examples/ in the repository, executed by its test suite against the emulator. Click one to open it in a tab, then run it with the ▶ button.',
      ),
      h(
        'ul',
        null,
        config.examples.map(function (example) {
          return h(
            'li',
            { key: example.name },
            h(
              'button',
              {
                type: 'button',
                className: 'ide-example',
                'data-example': example.name,
                onClick: function () {
                  open(example);
                },
              },
              h('span', { className: 'ide-example-title' }, example.title),
              h(
                'span',
                { className: 'ide-example-operation' },
                example.operationName + ' · examples/' + example.name + '.graphql',
              ),
              example.description ? h('span', { className: 'ide-example-description' }, example.description) : null,
            ),
          );
        }),
      ),
    );
  }

  var examplesPlugin = { title: 'Examples', icon: ExamplesIcon, content: ExamplesPanel };

  /**
   * Opens the Examples panel once GraphiQL has mounted. (GraphiQL 4's visiblePlugin prop is undone by its
   * own first render, which starts with the plugin pane collapsed; a click on the sidebar button is not.)
   */
  function OpenExamplesOnStart() {
    React.useEffect(function () {
      var timer = window.setTimeout(function () {
        var button = document.querySelector('.graphiql-sidebar button[aria-label="Show Examples"]');
        if (button) button.click();
      }, 0);
      return function () {
        window.clearTimeout(timer);
      };
    }, []);
    return null;
  }

  var defaultTabs = config.examples.map(function (example) {
    return { query: example.query, variables: example.variables, headers: config.defaultHeaders };
  });

  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    h(
      GraphiQL,
      {
        fetcher: fetcher,
        defaultTabs: defaultTabs.length ? defaultTabs : undefined,
        defaultHeaders: config.defaultHeaders || undefined,
        defaultEditorToolsVisibility: config.emulatorMode ? 'variables' : 'headers',
        isHeadersEditorEnabled: true,
        shouldPersistHeaders: false,
        plugins: [examplesPlugin],
      },
      h(GraphiQL.Logo, null, 'usergraph', h(OpenExamplesOnStart)),
    ),
  );
})();
