/** Markup compatibility (ISO/IEC 29500-3) as Excel applies it before schema checks: scripts/ooxml/markup-compat.ts. */
import { applyMarkupCompatibility } from "../../scripts/ooxml/markup-compat";

const ROOT = '<worksheet xmlns="m" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="ac" mc:Ignorable="x14ac">';

describe("applyMarkupCompatibility", () => {
  it("drops mc:Ignorable and the attributes and elements of ignorable namespaces, keeping text as it is", () => {
    const xml = `${ROOT}<row r="1" x14ac:dyDescent="0.25"><c r="A1"><v>1 &amp; 2</v></c><x14ac:extra a="1"><deep/></x14ac:extra></row></worksheet>`;
    expect(applyMarkupCompatibility(xml)).toBe(
      '<worksheet xmlns="m" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="ac"><row r="1"><c r="A1"><v>1 &amp; 2</v></c></row></worksheet>',
    );
  });

  it("replaces AlternateContent by its Fallback content, or by nothing without one", () => {
    const xml = `${ROOT}<mc:AlternateContent><mc:Choice Requires="x14"><new/></mc:Choice><mc:Fallback><old a="1"/></mc:Fallback></mc:AlternateContent><mc:AlternateContent><mc:Choice Requires="x15"><only/></mc:Choice></mc:AlternateContent></worksheet>`;
    expect(applyMarkupCompatibility(xml)).toBe('<worksheet xmlns="m" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="ac"><old a="1"/></worksheet>');
  });

  it("returns a part without markup compatibility unchanged", () => {
    const xml = '<?xml version="1.0"?>\n<a x="1"><!-- c --><b>t</b></a>';
    expect(applyMarkupCompatibility(xml)).toBe(xml);
  });
});
