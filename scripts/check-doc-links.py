#!/usr/bin/env python3
# Every relative link and image in README.md, ARCHITECTURE.md and docs/*.md must name an existing file; a #fragment
# must name a heading of that file (GitHub's slugs).
import re, pathlib, sys
root = pathlib.Path(__file__).resolve().parent.parent
files = [root/'README.md', root/'ARCHITECTURE.md'] + sorted((root/'docs').glob('*.md'))
def slugs(path):
    out = set(); fence = False
    for line in path.read_text().split('\n'):
        if line.startswith('```'): fence = not fence; continue
        if fence: continue
        m = re.match(r'^(#+) (.*)', line)
        if m:
            s = m.group(2).strip().lower()
            s = re.sub(r'[^\w\- ]', '', s).replace(' ', '-')
            out.add(s)
    return out
bad = 0; count = 0
for f in files:
    text = f.read_text()
    text = re.sub(r'```.*?```', '', text, flags=re.S)
    text = re.sub(r'`[^`\n]*`', '', text)
    for target in re.findall(r'\]\(([^)\s]+)\)', text):
        if re.match(r'^[a-z]+:', target): continue
        count += 1
        path, _, frag = target.partition('#')
        dest = (f.parent / path).resolve() if path else f
        if not dest.exists():
            print(f'{f.relative_to(root)}: {target}: no such file'); bad += 1; continue
        if frag and dest.suffix == '.md' and frag not in slugs(dest):
            print(f'{f.relative_to(root)}: {target}: no such heading'); bad += 1
print(f'{count} relative links in {len(files)} files, {bad} broken')
sys.exit(1 if bad else 0)
