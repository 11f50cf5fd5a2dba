import base64, re, sys, threading
from pathlib import Path
from urllib.parse import urljoin, urlsplit
import urllib.request, urllib.error
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from examples.siteserver import SiteServer
from html.parser import HTMLParser

class P(HTMLParser):
    def __init__(s):
        super().__init__(); s.links=[]; s.assets=[]
    def handle_starttag(s, tag, a):
        a=dict(a)
        if tag=="a" and a.get("href"): s.links.append(a["href"])
        if tag=="link" and a.get("href"): (s.links if a.get("rel")=="alternate" else s.assets).append(a["href"])
        if tag=="option" and a.get("value","").startswith("/"): s.links.append(a["value"])
        if tag=="meta" and a.get("http-equiv","").lower()=="refresh": s.links.append(a["content"].split("url=")[1])
        for k in ("src","data-src"):
            if tag in("img","script") and a.get(k) and not a[k].startswith("data:"): s.assets.append(a[k])
        for k in ("srcset",):
            if a.get(k): s.assets += [p.strip().split()[0] for p in a[k].split(",")]
        if a.get("style") and "url(" in a["style"]:
            s.assets += re.findall(r"url\('?([^')]+)'?\)", a["style"])

root = Path(__file__).resolve().parents[1] / "sites"
srv=SiteServer(root).start()
auth={"staging-health":"webmaster:staging"}
def get(url, site):
    req=urllib.request.Request(url)
    if site in auth: req.add_header("Authorization","Basic "+base64.b64encode(auth[site].encode()).decode())
    class NoRedir(urllib.request.HTTPRedirectHandler):
        def redirect_request(self,*a,**k): return None
    op=urllib.request.build_opener(NoRedir)
    try:
        r=op.open(req); return r.status, r.read(), r.headers
    except urllib.error.HTTPError as e:
        return e.code, b"", e.headers
for site in sorted(p.name for p in root.iterdir() if p.is_dir()):
    base=srv.urls[site]
    seen={}; queue=["/"]; bad=[]
    while queue:
        path=queue.pop(0)
        if path in seen: continue
        if path.startswith("/private/"): seen[path]="skipped"; continue
        st,body,h=get(base.rstrip("/")+path, site)
        seen[path]=st
        if st in (301,302):
            loc=urljoin(base.rstrip("/")+path, h["Location"]); queue.append(urlsplit(loc).path); continue
        if st!=200: continue
        if not (h.get("Content-Type","").startswith("text/html")): continue
        p=P(); p.feed(body.decode())
        for l in p.links:
            u=urljoin(base.rstrip("/")+path, l)
            if urlsplit(u).netloc!=urlsplit(base).netloc or l.startswith("mailto:") or l.startswith("tel:"): continue
            queue.append(urlsplit(u).path)
        for a in p.assets:
            u=urljoin(base.rstrip("/")+path, a)
            if urlsplit(u).netloc!=urlsplit(base).netloc: continue
            st2,_,_=get(u, site)
            if st2!=200: bad.append((path,a,st2))
    htmls=set()
    for f in (root/site).rglob("*.html"):
        rel="/"+str(f.relative_to(root/site))
        if rel.endswith("index.html"): rel=rel[:-10]
        htmls.add(rel)
    reach={p for p,s in seen.items() if s==200}
    print(f"== {site}: {len(reach)} reachable 200 paths; non-200: {[ (p,s) for p,s in seen.items() if s!=200]}")
    unreach=sorted(h for h in htmls if h not in reach and h.rstrip('/') not in {r.rstrip('/') for r in reach})
    print("   unreachable html files:", unreach)
    print("   bad assets:", bad)
srv.stop()
