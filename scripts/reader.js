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
  const dec = new TextDecoder();
  const answer = () => dec.decode(new Uint8Array(ex.memory.buffer, ex.reader_answer_ptr(), ex.reader_answer_len()));
  const source = __SOURCE__;
  return {
    load() {
      loading ??= (async () => {
        mod = await WebAssembly.compile(await source());
        ex = (await WebAssembly.instantiate(mod, {})).exports;
        // (its functions compiled now, by a reading of its own: reader/src/lib.rs)
        ex.reader_warm();
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
    // One request's bytes (a view of the page's wasm memory) in, the answer's bytes out:
    // copied from one module's memory to the other's, never turned into strings here.
    read(request) {
      try {
        const p = ex.reader_alloc(request.length);
        new Uint8Array(ex.memory.buffer, p, request.length).set(request);
        const code = ex.reader_read(p, request.length);
        const bytes = new Uint8Array(ex.memory.buffer, ex.reader_answer_ptr(), ex.reader_answer_len());
        if (code !== 0) throw new Error(dec.decode(bytes));
        return bytes.slice();
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
