import { createWriteStream } from 'node:fs';
import { Writable } from 'node:stream';
import { CSGHub } from 'csgkit/csghub';

const csghub = new CSGHub(); // token from CSGHUB_TOKEN; public reads work without one

// Every model matching "wukong", page after page.
for await (const model of csghub.models.list({ search: 'wukong', sort: 'most_download' })) {
  console.log(model.path, model.downloads);
}

// One model, by namespace/name.
const model = await csghub.models.get('OpenCSG/csg-wukong-1B');
console.log(model.nickname, model.license);

// A file, streamed to disk with progress; LFS files are followed to their storage.
const file = await csghub.models.download('OpenCSG/csg-wukong-1B', 'config.json', {
  onProgress: (loaded, total) => {
    console.log(`${loaded} of ${total ?? '?'} bytes`);
  },
});
// file.filename is a bare file name, never a path; 'wx' will not overwrite an existing file.
await file.body.pipeTo(Writable.toWeb(createWriteStream(file.filename, { flags: 'wx' })));
