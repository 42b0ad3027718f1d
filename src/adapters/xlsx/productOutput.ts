// Recognises the product's own earlier output: a workbook package whose defined names carry the output marker.
import { OUTPUT_MARKER } from '../../app/tracking';
import { OpcPackage } from './package/opcPackage';
import { workbookPartPath } from './package/rels';
import { readDefinedNames } from './package/workbookXml';

/** True when `bytes` are a workbook the product wrote (a sheet carries its marker); false for anything else. */
export async function isProductOutput(bytes: Uint8Array): Promise<boolean> {
  try {
    const pkg = await OpcPackage.loadForReading(bytes);
    const xml = await pkg.readText(await workbookPartPath(pkg));
    return xml !== undefined && readDefinedNames(xml).some((n) => n.name === OUTPUT_MARKER);
  } catch {
    return false;
  }
}
