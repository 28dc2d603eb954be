/**
 * Which ISO/IEC 29500 schema validates which part, by content type, and a local copy of the core-properties
 * schema: the published one imports the Dublin Core schemas from dublincore.org, which an offline validator
 * cannot fetch, so it gets small local stand-ins declaring the dc/dcterms elements a package uses.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** The vendored schemas (see its README). Override with IMM_OOXML_XSD. */
export const XSD_DIR = process.env.IMM_OOXML_XSD ?? resolve(__dirname, "..", "..", "test", "ooxml-xsd");

/** How a part is checked: against a schema file (relative to XSD_DIR, or absolute), or for well-formedness only. */
export type PartCheck = { schema: string } | { wellFormedOnly: string } | { binary: true };

const BY_TYPE: [RegExp, string][] = [
  [/^application\/vnd\.openxmlformats-package\.relationships\+xml$/, "opc-xsd/opc-relationships.xsd"],
  [/^application\/vnd\.openxmlformats-package\.core-properties\+xml$/, "core"],
  [/^application\/vnd\.openxmlformats-officedocument\.extended-properties\+xml$/, "shared-documentPropertiesExtended.xsd"],
  [/^application\/vnd\.openxmlformats-officedocument\.custom-properties\+xml$/, "shared-documentPropertiesCustom.xsd"],
  [/^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.[\w.-]+\+xml$/, "sml.xsd"],
  [/^application\/vnd\.openxmlformats-officedocument\.drawingml\.chart\+xml$/, "dml-chart.xsd"],
  [/^application\/vnd\.openxmlformats-officedocument\.drawing\+xml$/, "dml-spreadsheetDrawing.xsd"],
  [/^application\/vnd\.openxmlformats-officedocument\.theme\+xml$/, "dml-main.xsd"],
  // The workbook part of a macro-enabled workbook (.xlsm) is a SpreadsheetML workbook under another type.
  [/^application\/vnd\.ms-excel\.sheet\.macroEnabled\.main\+xml$/, "sml.xsd"],
  [/^application\/vnd\.openxmlformats-officedocument\.customXmlProperties\+xml$/, "shared-customXmlDataProperties.xsd"],
];

/**
 * The check for a part of this content type; null when no schema is known (a validation error).
 * VML (legacy drawings for cell notes) has no root element in any 29500 schema (Excel writes a bare `<xml>`),
 * so it is checked for well-formedness only.
 */
export function checkFor(contentType: string): PartCheck | null {
  if (contentType === "[Content_Types]") return { schema: "opc-xsd/opc-contentTypes.xsd" };
  if (/^application\/vnd\.openxmlformats-officedocument\.vmlDrawing$/.test(contentType)) return { wellFormedOnly: "VML has no schema root element" };
  // Custom XML data items hold the user's own XML, in a schema of their own.
  if (contentType === "application/xml") return { wellFormedOnly: "custom XML data in the user's own schema" };
  if (/^(image|audio|video)\//.test(contentType) || /^application\/(vnd\.openxmlformats-officedocument\.spreadsheetml\.printerSettings|vnd\.ms-office\.vbaProject|octet-stream)$/.test(contentType)) {
    return { binary: true };
  }
  const hit = BY_TYPE.find(([re]) => re.test(contentType));
  return hit ? { schema: hit[1] } : null;
}

// Elements without a type accept any content (the real Dublin Core types are as loose); dates are checked.
const DC_STUB = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://purl.org/dc/elements/1.1/" elementFormDefault="qualified">
${["title", "creator", "subject", "description", "publisher", "contributor", "date", "type", "format", "identifier", "source", "language", "relation", "coverage", "rights"]
  .map((n) => `  <xs:element name="${n}"/>`)
  .join("\n")}
</xs:schema>
`;

const DCTERMS_STUB = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://purl.org/dc/terms/" xmlns="http://purl.org/dc/terms/" elementFormDefault="qualified">
  <xs:simpleType name="W3CDTFValue"><xs:union memberTypes="xs:gYear xs:gYearMonth xs:date xs:dateTime"/></xs:simpleType>
  <xs:complexType name="W3CDTF"><xs:simpleContent><xs:extension base="W3CDTFValue"/></xs:simpleContent></xs:complexType>
${["created", "modified"].map((n) => `  <xs:element name="${n}"/>`).join("\n")}
</xs:schema>
`;

const XML_STUB = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.w3.org/XML/1998/namespace">
  <xs:attribute name="lang" type="xs:language"/>
  <xs:attribute name="space"><xs:simpleType><xs:restriction base="xs:NCName"><xs:enumeration value="default"/><xs:enumeration value="preserve"/></xs:restriction></xs:simpleType></xs:attribute>
</xs:schema>
`;

/** Writes the core-properties schema with local Dublin Core imports into `dir`; returns its path. */
export function writeCoreSchema(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "dc.xsd"), DC_STUB);
  writeFileSync(join(dir, "dcterms.xsd"), DCTERMS_STUB);
  writeFileSync(join(dir, "xml.xsd"), XML_STUB);
  const core = readFileSync(join(XSD_DIR, "opc-xsd", "opc-coreProperties.xsd"), "utf8")
    .replace(/schemaLocation="http:\/\/dublincore\.org\/schemas\/xmls\/qdc\/2003\/04\/02\/dc\.xsd"/, 'schemaLocation="dc.xsd"')
    .replace(/schemaLocation="http:\/\/dublincore\.org\/schemas\/xmls\/qdc\/2003\/04\/02\/dcterms\.xsd"/, 'schemaLocation="dcterms.xsd"')
    .replace(/<xs:import id="xml" namespace="http:\/\/www\.w3\.org\/XML\/1998\/namespace"\/>/, '<xs:import id="xml" namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="xml.xsd"/>');
  const path = join(dir, "opc-coreProperties.xsd");
  writeFileSync(path, core);
  return path;
}
