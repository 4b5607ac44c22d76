// The examples menu's programs: every www/examples/*.py, in file-name order.
// Each file's first line is "# Title: summary"; the files are also run by python3 and
// by the native brisk in the tests, so they stay correct Python.
const files = import.meta.glob("./examples/*.py", {
  query: "?raw",
  import: "default",
  eager: true,
});

export const examples = Object.keys(files)
  .sort()
  .map((path) => {
    const code = files[path];
    const [, title = path, summary = ""] = /^#\s*([^:\n]+):?\s*(.*)$/m.exec(code) ?? [];
    const id = path.replace(/^.*\/\d+-|\.py$/g, "");
    const line = summary.trim();
    return { id, title: title.trim(), summary: line.charAt(0).toUpperCase() + line.slice(1), code };
  });

export const welcome = examples.find((e) => e.id === "welcome");
