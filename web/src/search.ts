/** The entity search the pages share (`search(text, first)`): its document and the hits it returns. */

export interface SearchHit {
  __typename: string;
  id: string;
  name?: string;
  title?: string;
}

export const SEARCH_QUERY = `query EntitySearch($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    __typename
    id
    ... on Country { name }
    ... on Automaker { name }
    ... on Brand { name }
    ... on Factory { name }
    ... on Market { name }
    ... on Organization { name }
    ... on Source { title }
    ... on TradeMeasure { name }
  }
}`;

/** The name of a search hit. */
export function hitName(hit: SearchHit): string {
  return hit.name ?? hit.title ?? hit.id;
}
