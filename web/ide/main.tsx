/**
 * The self-hosted GraphQL IDE: GraphiQL (bundled, Monaco workers included) against /graphql on this
 * server, with the documentation explorer, history, and the example operations of schema/operations
 * as tabs and as an "Examples" panel that lists each one's question.
 */
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { pick, useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import { GraphiQL } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';
import operations, { type ExampleOperation } from 'virtual:autograph-operations';
import { exampleVariablesJson } from '../src/example-variables';
import { GRAPHQL_PATH } from '../src/graphql';
import './ide.css';

const fetcher = createGraphiQLFetcher({ url: GRAPHQL_PATH });

/** Opens an example in a new tab, with its variables. */
function ExamplesPanel() {
  const { addTab } = useGraphiQLActions();
  const { queryEditor, variableEditor } = useGraphiQL(pick('queryEditor', 'variableEditor'));
  const open = (operation: ExampleOperation) => {
    addTab();
    // addTab sets the editors to the new (empty) tab; fill them once that has happened.
    setTimeout(() => {
      queryEditor?.setValue(operation.query);
      variableEditor?.setValue(exampleVariablesJson(operation.name));
    }, 0);
  };
  return (
    <section className="examples" aria-labelledby="examples-title">
      <h2 id="examples-title">Examples</h2>
      <p>Each opens in a new tab, ready to run (Ctrl-Enter or the ▶ button).</p>
      <ul>
        {operations.map((operation) => (
          <li key={operation.file}>
            <button type="button" className="example-item" data-example={operation.name} onClick={() => open(operation)}>
              <span className="example-name">
                {operation.name}
                {operation.kind === 'mutation' ? <span className="example-token">mutation · needs the API token</span> : null}
              </span>
              <span className="example-question">{operation.question}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ExamplesIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.8">
      <path d="M4 5h16M4 12h16M4 19h10" strokeLinecap="round" />
    </svg>
  );
}

const examplesPlugin: GraphiQLPlugin = { title: 'Examples', icon: ExamplesIcon, content: ExamplesPanel };

/** The first tabs (when the browser has none stored): the read-only examples, search first. */
const defaultTabs = [...operations]
  .filter((operation) => operation.kind === 'query')
  .sort((a, b) => Number(b.name === 'Search') - Number(a.name === 'Search'))
  .map((operation) => ({ query: operation.query, variables: exampleVariablesJson(operation.name) }));

/**
 * GraphiQL fills the first tab's variables only from `initialVariables`: give it the first example's
 * when the browser has no tabs stored yet (later visits keep the user's own tabs).
 */
function hasStoredTabs(): boolean {
  try {
    return window.localStorage.getItem('graphiql:tabState') !== null;
  } catch {
    return false;
  }
}
const firstTab = hasStoredTabs() ? undefined : defaultTabs[0];

function App() {
  return (
    <>
      <header className="ide-bar">
        <strong>Autograph</strong>
        <span>GraphQL IDE</span>
        <a href="/explore">Graph explorer</a>
        <a href="/charts">Charts</a>
        <span className="ide-hint">Examples: the list icon on the left · Docs: the book icon</span>
      </header>
      <main className="ide-main">
        <GraphiQL
          fetcher={fetcher}
          plugins={[examplesPlugin]}
          visiblePlugin={window.matchMedia('(min-width: 760px)').matches ? examplesPlugin : undefined}
          defaultTabs={defaultTabs}
          initialQuery={firstTab?.query}
          initialVariables={firstTab?.variables}
          defaultEditorToolsVisibility="variables"
          forcedTheme="light"
        />
      </main>
    </>
  );
}

createRoot(document.getElementById('ide-root')!).render(<App />);
