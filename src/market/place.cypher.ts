/**
 * A country and its own market (kind COUNTRY: market:russia for country:RU) are one place: a filter
 * given either id finds the same facts. These Cypher conditions say so once, for every filter.
 */

/** Market `m` is the place named by the parameter `param` (a market id, or a country id meaning its own market). */
export function isPlace(m: string, param: string): string {
  return `(${m}.id = ${param} OR (${m}.kind = 'COUNTRY' AND EXISTS { (${m})-[:INCLUDES]->(:Country {id: ${param}}) }))`;
}

/** Market `m` is one of the places named by the list parameter `param` (market or country ids). */
export function isAnyPlace(m: string, param: string): string {
  return `(${m}.id IN ${param} OR (${m}.kind = 'COUNTRY' AND EXISTS { (${m})-[:INCLUDES]->(placeCountry:Country) WHERE placeCountry.id IN ${param} }))`;
}
