import { describe, expect, it } from 'vitest';
import { codesOfFile } from '../../../scripts/csghub-error-codes.js';

/** The shapes the server's error files take: a variable per code, or a constructor function. */
const SOURCE = `package errorx

const errDemoPrefix = "DEMO-ERR"

const (
	// --- DEMO-ERR-xxx ---
	firstThing = iota
	secondThing

	// a comment between names
	codeThirdThingErr
	fourthThing
)

var (
	// Description: The first thing went wrong.
	//
	// en-US: First thing failed
	//
	// zh-CN: 第一
	ErrFirst error = CustomError{prefix: errDemoPrefix, code: firstThing}
)

// Second
//
// en-US: Second thing failed
func Second(err error, ctx context) error {
	return CustomError{
		prefix:  errDemoPrefix,
		code:    int(secondThing),
		err:     err,
	}
}

var ErrThird = CustomError{prefix: errDemoPrefix, code: codeThirdThingErr}
`;

describe('codesOfFile', () => {
  it("numbers the iota block's names from 0 and takes each code's en-US text", () => {
    expect(codesOfFile(SOURCE)).toEqual([
      { code: 'DEMO-ERR-0', meaning: 'First thing failed' },
      { code: 'DEMO-ERR-1', meaning: 'Second thing failed' },
      { code: 'DEMO-ERR-2', meaning: 'third thing' },
      { code: 'DEMO-ERR-3', meaning: 'fourth thing' },
    ]);
  });

  it("prefers the server's translation of a code", () => {
    const [first] = codesOfFile(SOURCE, { 'DEMO-ERR-0': 'Translated' });
    expect(first).toEqual({ code: 'DEMO-ERR-0', meaning: 'Translated' });
  });

  it('refuses an explicit value inside the block, which would shift the numbers', () => {
    const shifted = SOURCE.replace('\tsecondThing\n', '\tsecondThing = 7\n');
    expect(() => codesOfFile(shifted)).toThrow(/explicit value/);
  });

  it('gives nothing for a file without a prefix', () => {
    expect(codesOfFile('package errorx\n')).toEqual([]);
  });
});
