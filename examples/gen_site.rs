//! Generate a large site for benchmarks: the example site's private-persons notice copied into
//! N notices × 3 versions × every language, each with its own slug.
//!
//! `cargo run --release --example gen_site -- <notices> <out-dir> [hugo-dir]`
//!
//! With a third argument, also writes the same prose as a Hugo site (one Markdown page per
//! notice, version and language, with a minimal layout), so the two can be timed on equivalent
//! input.

use std::fs;
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let n: usize = args.get(1).map(|s| s.parse()).transpose()?.unwrap_or(1000);
    let out = Path::new(
        args.get(2)
            .map(String::as_str)
            .unwrap_or("target/bench-site"),
    );
    let hugo = args.get(3).map(Path::new);
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let template = repo.join("content/notices/private-persons/1.0");
    let _ = fs::remove_dir_all(out);
    fs::create_dir_all(out.join("content/notices"))?;
    fs::copy(
        repo.join("content/site.toml"),
        out.join("content/site.toml"),
    )?;
    let langs = ["nb", "sv", "da", "fi"];
    if let Some(h) = hugo {
        let _ = fs::remove_dir_all(h);
        fs::create_dir_all(h.join("layouts/_default"))?;
        fs::write(
            h.join("hugo.toml"),
            "baseURL = 'https://example.com/'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n",
        )?;
        fs::write(
            h.join("layouts/_default/single.html"),
            "<!DOCTYPE html><html lang=\"{{ .Params.lang }}\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n",
        )?;
        fs::write(
            h.join("layouts/_default/list.html"),
            "<ul>{{ range .Pages }}<li>{{ .Title }}</li>{{ end }}</ul>\n",
        )?;
    }
    for i in 0..n {
        let id = format!("notice-{i:04}");
        for version in ["1.0", "2.0", "3.0"] {
            let dir = out.join("content/notices").join(&id).join(version);
            fs::create_dir_all(&dir)?;
            fs::copy(template.join("facts.toml"), dir.join("facts.toml"))?;
            for lang in langs {
                let text = fs::read_to_string(template.join(format!("{lang}.md")))?;
                let text = rename_slug(&text, &id);
                fs::write(dir.join(format!("{lang}.md")), &text)?;
                if let Some(h) = hugo {
                    let body = text.splitn(3, "+++\n").nth(2).unwrap_or("");
                    let title = text
                        .lines()
                        .find_map(|l| l.strip_prefix("title = "))
                        .unwrap_or("\"\"");
                    let page = h
                        .join("content")
                        .join(lang)
                        .join(&id)
                        .join(format!("{version}.md"));
                    fs::create_dir_all(page.parent().ok_or("no parent")?)?;
                    fs::write(
                        &page,
                        format!("+++\ntitle = {title}\nlang = \"{lang}\"\n+++\n{body}"),
                    )?;
                }
            }
        }
    }
    eprintln!(
        "wrote {n} notices × 3 versions × 4 languages into {}",
        out.display()
    );
    Ok(())
}

fn rename_slug(text: &str, id: &str) -> String {
    text.lines()
        .map(|l| match l.strip_prefix("slug = \"") {
            Some(rest) => format!("slug = \"{}-{id}\"", rest.trim_end_matches('"')),
            None => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}
