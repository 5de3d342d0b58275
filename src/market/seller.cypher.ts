/** Cypher expressions about the seller of a company–market link: the automaker behind it and its home country. */

/**
 * The automaker behind seller `x` (a Cypher expression): the automaker itself, a brand's owner, or
 * a factory's operator. `x` is a variable name chosen in code.
 */
export function sellerAutomakerId(x: string): string {
  return (
    `CASE WHEN ${x}:Automaker THEN ${x}.id ` +
    `WHEN ${x}:Brand THEN head([(${x})-[:BRAND_OF]->(owner:Automaker) | owner.id]) ` +
    `ELSE head([(${x})<-[:OPERATES]-(operator:Automaker) | operator.id]) END`
  );
}

/**
 * The home country of seller `x` (a Cypher expression): where the automaker behind it has its
 * headquarters. A brand counts as its owner's (MG, owned by SAIC, is a Chinese brand here, whatever
 * its origin), a factory as its operator's.
 */
export function sellerCountryId(x: string): string {
  return (
    `CASE WHEN ${x}:Automaker THEN head([(${x})-[:HEADQUARTERED_IN]->(home:Country) | home.id]) ` +
    `WHEN ${x}:Brand THEN head([(${x})-[:BRAND_OF]->(:Automaker)-[:HEADQUARTERED_IN]->(home:Country) | home.id]) ` +
    `ELSE head([(${x})<-[:OPERATES]-(:Automaker)-[:HEADQUARTERED_IN]->(home:Country) | home.id]) END`
  );
}
