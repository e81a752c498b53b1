// `tallyReader`: the extractor module (reader/, src/app/reader.rs), loaded the first time the
// page reads an article. scripts/postbuild.mjs (served: fetched beside the page, checked
// against its SHA-384) and scripts/single-file.mjs (one file: unpacked from a data block) put
// this before the page's own script, with the source placeholder replaced by a function that gives the
// module's bytes. The module has no imports; it is compiled once, and instantiated afresh
// should a reading trap.
globalThis.tallyReader = (() => {
  let mod = null;
  let ex = null;
  let loading = null;
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  const answer = () => dec.decode(new Uint8Array(ex.memory.buffer, ex.reader_answer_ptr(), ex.reader_answer_len()));
  const source = __SOURCE__;
  return {
    load() {
      loading ??= (async () => {
        mod = await WebAssembly.compile(await source());
        ex = (await WebAssembly.instantiate(mod, {})).exports;
      })().catch((e) => {
        loading = null;
        throw e;
      });
      return loading;
    },
    version() {
      ex.reader_version();
      return answer();
    },
    read(id, date, text) {
      const parts = [enc.encode(id), enc.encode(date), enc.encode(text)];
      const len = 8 + parts[0].length + parts[1].length + parts[2].length;
      try {
        const p = ex.reader_alloc(len);
        const m = new Uint8Array(ex.memory.buffer, p, len);
        const dv = new DataView(ex.memory.buffer);
        let o = 0;
        for (const x of parts.slice(0, 2)) {
          dv.setUint32(p + o, x.length, true);
          m.set(x, o + 4);
          o += 4 + x.length;
        }
        m.set(parts[2], o);
        const code = ex.reader_read(p, len);
        const s = answer();
        if (code !== 0) throw new Error(s);
        return s;
      } catch (e) {
        if (e instanceof WebAssembly.RuntimeError) {
          ex = new WebAssembly.Instance(mod, {}).exports;
          throw new Error('the extractor failed on this article (' + e.message + ')');
        }
        throw e;
      }
    },
  };
})();
