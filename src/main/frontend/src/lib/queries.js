// The SPARQL behind every view. Each is sent as it is and offered in the Query page.
import { PREFIXES, literal } from './sparql.js';

const local = (variable, name) => `BIND(REPLACE(STR(${variable}), "^.*/", "") AS ${name})`;

export const COUNTS = `${PREFIXES}
# How many economies, fora, projects, policies, meetings, reports and triples; the last load.
SELECT ?economies ?fora ?projects ?policies ?meetings ?reports ?triples ?lastLoad WHERE {
  { SELECT (COUNT(DISTINCT ?e) AS ?economies) WHERE { ?e a dekg:Economy } }
  { SELECT (COUNT(DISTINCT ?f) AS ?fora) WHERE { ?f a dekg:Forum } }
  { SELECT (COUNT(DISTINCT ?p) AS ?projects) WHERE { ?p a dekg:Project } }
  { SELECT (COUNT(DISTINCT ?y) AS ?policies) WHERE { ?y a dekg:Policy } }
  { SELECT (COUNT(DISTINCT ?m) AS ?meetings) WHERE { ?m a dekg:Meeting } }
  { SELECT (COUNT(DISTINCT ?r) AS ?reports) WHERE { ?r a dekg:Report } }
  { SELECT (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } } }
  { SELECT (MAX(?t) AS ?lastLoad) WHERE {
      GRAPH <https://w3id.org/apec-dekg/graph/meta> { ?run a dekg:LoadRun ; prov:endedAtTime ?t } } }
}`;

/** Entities of ours whose name, label, variant or code contains the text (ranked in the browser). */
export function search(text) {
  return `${PREFIXES}
# Entities whose name, label, variant or code contains ${literal(text)}.
SELECT ?entity ?label ?property ?type ?en ?zh WHERE {
  VALUES ?p { skos:prefLabel skos:altLabel skos:notation foaf:name }
  ?entity ?p ?label .
  FILTER(isIRI(?entity) && STRSTARTS(STR(?entity), STR(id:)))
  FILTER(CONTAINS(LCASE(STR(?label)), LCASE(${literal(text)})))
  BIND(REPLACE(STR(?p), "^.*[#/]", "") AS ?property)
  OPTIONAL { ?entity a ?class . FILTER(STRSTARTS(STR(?class), STR(dekg:)))
             BIND(STRAFTER(STR(?class), "#") AS ?type) }
  OPTIONAL { ?entity skos:prefLabel ?en FILTER(langMatches(lang(?en), "en")) }
  OPTIONAL { ?entity skos:prefLabel ?zh FILTER(langMatches(lang(?zh), "zh")) }
}
LIMIT 500`;
}

export const ECONOMIES = `${PREFIXES}
# The member economies: ISO code and names in English and Chinese.
SELECT ?economy ?code (SAMPLE(?enLabel) AS ?en) (SAMPLE(?zhLabel) AS ?zh) WHERE {
  ?economy a dekg:Economy .
  ${local('?economy', '?code')}
  OPTIONAL { ?economy skos:prefLabel ?enLabel FILTER(langMatches(lang(?enLabel), "en")) }
  OPTIONAL { ?economy skos:prefLabel ?zhLabel FILTER(langMatches(lang(?zhLabel), "zh")) }
}
GROUP BY ?economy ?code
ORDER BY ?code`;

export const PROJECTS = `${PREFIXES}
# Every project with its number, title, proposer, co-sponsors, forum, status and AIDER KFAs
# (codes: economy ISO 3166-1 alpha-2, forum acronym, status slug, KFA number).
SELECT ?project (SAMPLE(?num) AS ?number) (SAMPLE(?enTitle) AS ?title) (SAMPLE(?zhTitle) AS ?titleZh)
       (SAMPLE(?proposerCode) AS ?proposer)
       (GROUP_CONCAT(DISTINCT ?cosponsorCode; separator=" ") AS ?cosponsors)
       (GROUP_CONCAT(DISTINCT ?forumCode; separator=" ") AS ?forums)
       (GROUP_CONCAT(DISTINCT ?statusCode; separator=" ") AS ?statuses)
       (GROUP_CONCAT(DISTINCT ?kfaCode; separator=" ") AS ?kfas)
WHERE {
  ?project a dekg:Project .
  OPTIONAL { ?project dekg:projectNumber ?num }
  OPTIONAL { ?project skos:prefLabel ?enTitle FILTER(langMatches(lang(?enTitle), "en")) }
  OPTIONAL { ?project skos:prefLabel ?zhTitle FILTER(langMatches(lang(?zhTitle), "zh")) }
  OPTIONAL { ?project dekg:proposedBy ?proposerIri . ${local('?proposerIri', '?proposerCode')} }
  OPTIONAL { ?project dekg:coSponsoredBy ?cosponsor . ${local('?cosponsor', '?cosponsorCode')} }
  OPTIONAL { ?project dekg:forum ?forum . ${local('?forum', '?forumCode')} }
  OPTIONAL { ?project dekg:status ?status . ${local('?status', '?statusCode')} }
  OPTIONAL { ?project dekg:addressesFocusArea ?kfa . ${local('?kfa', '?kfaCode')} }
}
GROUP BY ?project
ORDER BY ?number ?project`;

export const COSPONSOR_PAIRS = `${PREFIXES}
# Co-sponsorship network: pairs of economies on the same project (proposer or co-sponsor),
# weighted by the number of such projects.
SELECT ?a ?b (COUNT(DISTINCT ?project) AS ?projects) WHERE {
  ?project a dekg:Project .
  { ?project dekg:proposedBy ?x } UNION { ?project dekg:coSponsoredBy ?x }
  { ?project dekg:proposedBy ?y } UNION { ?project dekg:coSponsoredBy ?y }
  ${local('?x', '?a')}
  ${local('?y', '?b')}
  FILTER(?a < ?b)
}
GROUP BY ?a ?b
ORDER BY DESC(?projects) ?a ?b`;

export const KFA_COUNTS = `${PREFIXES}
# Projects per AIDER key focus area: all 11 KFAs, those with no project included (0).
SELECT ?kfa ?n (SAMPLE(?enLabel) AS ?en) (SAMPLE(?zhLabel) AS ?zh) (COUNT(DISTINCT ?project) AS ?projects)
WHERE {
  ?kfa a dekg:KeyFocusArea .
  ${local('?kfa', '?n')}
  OPTIONAL { ?kfa skos:prefLabel ?enLabel FILTER(langMatches(lang(?enLabel), "en")) }
  OPTIONAL { ?kfa skos:prefLabel ?zhLabel FILTER(langMatches(lang(?zhLabel), "zh")) }
  OPTIONAL { ?project a dekg:Project ; dekg:addressesFocusArea ?kfa }
}
GROUP BY ?kfa ?n
ORDER BY (xsd:integer(?n))`;

export const KFA_HEATMAP = `${PREFIXES}
# Projects per economy (as proposer or co-sponsor) and AIDER key focus area.
SELECT ?economy ?kfa (COUNT(DISTINCT ?project) AS ?projects) WHERE {
  ?project a dekg:Project ; dekg:addressesFocusArea ?focusArea .
  { ?project dekg:proposedBy ?e } UNION { ?project dekg:coSponsoredBy ?e }
  ${local('?e', '?economy')}
  ${local('?focusArea', '?kfa')}
}
GROUP BY ?economy ?kfa
ORDER BY ?economy (xsd:integer(?kfa))`;

export const POLICIES = `${PREFIXES}
# Policies with their issuing economy, the year issued (dcterms:issued; dcterms:date in older data), type and topics.
SELECT ?policy (SAMPLE(?enLabel) AS ?en) (SAMPLE(?zhLabel) AS ?zh) (SAMPLE(?d) AS ?date)
       (SAMPLE(?issuerCode) AS ?economy) (SAMPLE(?typeCode) AS ?type)
       (GROUP_CONCAT(DISTINCT ?topicCode; separator=" ") AS ?topics)
WHERE {
  ?policy a dekg:Policy .
  OPTIONAL { ?policy skos:prefLabel ?enLabel FILTER(langMatches(lang(?enLabel), "en")) }
  OPTIONAL { ?policy skos:prefLabel ?zhLabel FILTER(langMatches(lang(?zhLabel), "zh")) }
  OPTIONAL { ?policy dcterms:issued|dcterms:date ?d }
  OPTIONAL { ?policy dekg:issuedBy ?issuer . ${local('?issuer', '?issuerCode')} }
  OPTIONAL { ?policy dekg:policyType ?type_ . ${local('?type_', '?typeCode')} }
  OPTIONAL { ?policy dekg:topic ?topic . ${local('?topic', '?topicCode')} }
}
GROUP BY ?policy
ORDER BY ?date ?policy`;

export const TOPICS = `${PREFIXES}
# Policy topics with their names.
SELECT ?code (SAMPLE(?enLabel) AS ?en) (SAMPLE(?zhLabel) AS ?zh) WHERE {
  ?topic a dekg:PolicyTopic .
  ${local('?topic', '?code')}
  OPTIONAL { ?topic skos:prefLabel ?enLabel FILTER(langMatches(lang(?enLabel), "en")) }
  OPTIONAL { ?topic skos:prefLabel ?zhLabel FILTER(langMatches(lang(?zhLabel), "zh")) }
}
GROUP BY ?code
ORDER BY ?code`;

export const STARTER = `${PREFIXES}
# Projects with their proposing economy. Edit and press the play button (or Ctrl+Enter).
SELECT ?number ?project ?proposer WHERE {
  ?project a dekg:Project ; dekg:proposedBy ?proposer .
  OPTIONAL { ?project dekg:projectNumber ?number }
}
ORDER BY ?number
LIMIT 100`;
