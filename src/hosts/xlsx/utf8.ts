/** UTF-8 decoding that also works where the runtime has no TextDecoder (older test DOMs). */

/** UTF-8 text of bytes (TextDecoder where the runtime has one). */
export function utf8(bytes: Uint8Array): string {
  if (typeof TextDecoder !== "undefined") return new TextDecoder("utf-8").decode(bytes);
  let s = "";
  for (const b of bytes) s += `%${b.toString(16).padStart(2, "0")}`;
  try {
    return decodeURIComponent(s);
  } catch {
    return String.fromCharCode(...bytes);
  }
}
