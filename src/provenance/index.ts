/** Provenance: the evidence of every fact, the facts of every source, and the facts with none. */

export { Fact, FactConnection, FactEdge, FactKind, type FactRecord } from './fact.type';
export { createProvenanceLoaders, type ProvenanceLoaders } from './provenance.loaders';
export {
  AutomakerEvidenceResolver,
  FactoryEvidenceResolver,
  FactResolver,
  MarketEvidenceResolver,
  OrganizationEvidenceResolver,
  SourceFactsResolver,
} from './provenance.resolver';
