/** Types of fresh-bundle.js (plain JavaScript, as tooling/launch.js needs it uncompiled). */
export declare function isFresh(bundle: string): Promise<boolean>;
export declare function writeBundle(
  bundle: string,
  contents: Uint8Array,
  inputs: string[],
): Promise<void>;
