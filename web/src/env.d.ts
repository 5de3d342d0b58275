/// <reference types="vite/client" />

declare module 'virtual:autograph-operations' {
  /** One example operation from schema/operations, read at build time. */
  export interface ExampleOperation {
    /** The operation's name, e.g. "Search". */
    name: string;
    /** The file it comes from, e.g. "search.graphql". */
    file: string;
    /** The question it answers: the `# ...` first line of the file. */
    question: string;
    /** The whole document, question comment included. */
    query: string;
    kind: 'query' | 'mutation';
  }
  const operations: ExampleOperation[];
  export default operations;
}
