"""Every vocabulary term the graph uses, from one place.

The ``chancery:`` terms and the concept schemes mirror ``ontology/chancery.ttl`` (a test checks that
they are equal); RiC-O terms are the few we use. These are rdflib ``DefinedNamespace`` classes with
``_fail = True``: a misspelt term raises ``AttributeError`` instead of minting a wrong IRI.
"""

from __future__ import annotations

from rdflib import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = [
    "CHANCERY",
    "DCTERMS",
    "DOCTYPE",
    "LEVEL",
    "MARKING",
    "OWL",
    "PRECEDENCE",
    "PREFIXES",
    "PROV",
    "PURPOSE",
    "QUALIFIER",
    "RDF",
    "RDFS",
    "RICO",
    "ROLE",
    "SCHEMA",
    "SKOS",
    "XSD",
]

CHANCERY_NS = "https://w3id.org/chancery/ns#"
ONTOLOGY_IRI = URIRef("https://w3id.org/chancery/ns")

# schema.org over https, as schema.org itself now recommends
SCHEMA = Namespace("https://schema.org/")

# Classification markings: the ontology lists the common ones; others are minted from their text.
MARKING = Namespace("https://w3id.org/chancery/ns/classification/")


class CHANCERY(DefinedNamespace):
    """The chancery ontology, ``https://w3id.org/chancery/ns#``."""

    _fail = True
    _NS = Namespace(CHANCERY_NS)

    # classes
    Document: URIRef
    AgentRole: URIRef
    DistributionEntry: URIRef
    Copy: URIRef
    DocumentDate: URIRef
    ArchivalUnit: URIRef
    Archive: URIRef
    ReferenceNumber: URIRef
    Person: URIRef
    Organization: URIRef
    Place: URIRef
    SourceFile: URIRef
    AuthorityLink: URIRef
    LinkFeature: URIRef
    # concept schemes
    DocumentTypeScheme: URIRef
    ClassificationScheme: URIRef
    RoleScheme: URIRef
    ArchivalLevelScheme: URIRef
    DateQualifierScheme: URIRef
    PrecedenceScheme: URIRef
    DistributionPurposeScheme: URIRef
    # object properties
    documentType: URIRef
    securityClassification: URIRef
    hasDate: URIRef
    hasEventDate: URIRef
    handedOverOn: URIRef
    dispatchedOn: URIRef
    receivedOn: URIRef
    precedence: URIRef
    hasAgentRole: URIRef
    roleType: URIRef
    agent: URIRef
    affiliatedWith: URIRef
    hasParticipant: URIRef
    hasSignatory: URIRef
    translatedBy: URIRef
    obtainedBy: URIRef
    contributedBy: URIRef
    draftedBy: URIRef
    authenticatedBy: URIRef
    clearedBy: URIRef
    approvedBy: URIRef
    typedBy: URIRef
    signedOnBehalfBy: URIRef
    mentions: URIRef
    distributedTo: URIRef
    hasDistributionEntry: URIRef
    recipient: URIRef
    sentFor: URIRef
    copy: URIRef
    thisCopy: URIRef
    copyFateDate: URIRef
    sentFrom: URIRef
    sentTo: URIRef
    writtenAt: URIRef
    mentionsPlace: URIRef
    folderHeader: URIRef
    encloses: URIRef
    dateQualifier: URIRef
    level: URIRef
    linkSubject: URIRef
    linkTarget: URIRef
    linkFeature: URIRef
    # datatype properties
    editorialNote: URIRef
    languageNote: URIRef
    sheets: URIRef
    basisNote: URIRef
    handedOverAt: URIRef
    handedOverBy: URIRef
    copiesPrinted: URIRef
    copiesReceived: URIRef
    precedenceAsWritten: URIRef
    copyNumber: URIRef
    destination: URIRef
    copyFate: URIRef
    nameAsWritten: URIRef
    honorific: URIRef
    office: URIRef
    affiliation: URIRef
    position: URIRef
    dateValue: URIRef
    dateStart: URIRef
    dateEnd: URIRef
    sheetCount: URIRef
    volume: URIRef
    referenceKind: URIRef
    sourcePath: URIRef
    sourceLayout: URIRef
    sha256: URIRef
    linkScore: URIRef
    linkMethod: URIRef
    linkSource: URIRef
    matchedName: URIRef
    targetDescription: URIRef
    featureName: URIRef
    featureValue: URIRef


class DOCTYPE(DefinedNamespace):
    """Document types (``chancery:DocumentTypeScheme``); local names are doc_type with '-' for '_'."""

    _fail = True
    _NS = Namespace("https://w3id.org/chancery/ns/doc-type/")

    letter: URIRef
    telegram: URIRef
    cable: URIRef
    memorandum: URIRef
    minutes: URIRef
    report: URIRef
    resolution: URIRef
    decree: URIRef
    note: URIRef
    diary: URIRef
    speech: URIRef
    other: URIRef
    _extras = ["record-of-conversation"]


class ROLE(DefinedNamespace):
    """Agent roles (``chancery:RoleScheme``)."""

    _fail = True
    _NS = Namespace("https://w3id.org/chancery/ns/role/")

    author: URIRef
    recipient: URIRef
    participant: URIRef
    signatory: URIRef
    translator: URIRef
    obtainer: URIRef
    contributor: URIRef
    drafter: URIRef
    authenticator: URIRef
    clearer: URIRef
    approver: URIRef
    typist: URIRef
    mentioned: URIRef
    _extras = ["proxy-signatory"]


class LEVEL(DefinedNamespace):
    """Archival levels (``chancery:ArchivalLevelScheme``)."""

    _fail = True
    _NS = Namespace("https://w3id.org/chancery/ns/level/")

    collection: URIRef
    fond: URIRef
    series: URIRef
    opis: URIRef
    box: URIRef
    papka: URIRef
    delo: URIRef
    folder: URIRef


class QUALIFIER(DefinedNamespace):
    """Date qualifiers (``chancery:DateQualifierScheme``)."""

    _fail = True
    _NS = Namespace("https://w3id.org/chancery/ns/date-qualifier/")

    circa: URIRef
    before: URIRef
    after: URIRef


class PRECEDENCE(DefinedNamespace):
    """Handling precedences (``chancery:PrecedenceScheme``); local names are PRECEDENCES with '-' for ' '."""

    _fail = True
    _NS = Namespace("https://w3id.org/chancery/ns/precedence/")

    flash: URIRef
    niact: URIRef
    immediate: URIRef
    priority: URIRef
    routine: URIRef
    deferred: URIRef
    _extras = ["operational-immediate"]


class PURPOSE(DefinedNamespace):
    """What a distribution entry was sent for (``chancery:DistributionPurposeScheme``): PURPOSES."""

    _fail = True
    _NS = Namespace("https://w3id.org/chancery/ns/purpose/")

    action: URIRef
    information: URIRef


class RICO(DefinedNamespace):
    """The RiC-O 1.1 terms chancery uses."""

    _fail = True
    _NS = Namespace("https://www.ica.org/standards/RiC/ontology#")

    Record: URIRef
    RecordSet: URIRef
    Instantiation: URIRef
    Date: URIRef
    Identifier: URIRef
    Person: URIRef
    CorporateBody: URIRef
    Place: URIRef
    hasAuthor: URIRef
    hasAddressee: URIRef
    hasSender: URIRef
    isOrWasIncludedIn: URIRef
    hasOrHadInstantiation: URIRef
    isOrWasInstantiationOf: URIRef
    hasOrHadHolder: URIRef
    hasOrHadIdentifier: URIRef
    identifier: URIRef
    title: URIRef
    expressedDate: URIRef
    textualValue: URIRef
    normalizedDateValue: URIRef


# Prefixes every serialisation binds, in the order they are written.
PREFIXES: dict[str, str] = {
    "chancery": CHANCERY_NS,
    "doctype": str(DOCTYPE._NS),
    "marking": str(MARKING),
    "role": str(ROLE._NS),
    "level": str(LEVEL._NS),
    "qualifier": str(QUALIFIER._NS),
    "precedence": str(PRECEDENCE._NS),
    "purpose": str(PURPOSE._NS),
    "rico": str(RICO._NS),
    "dcterms": str(DCTERMS),
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "skos": str(SKOS),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}
