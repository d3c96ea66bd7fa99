import { runPythonRuleTests } from '../testing/python-rule-tester';
import rule from './py-blocking-in-async';

const err = (suggestions: { messageId: string; output: string }[] = []) => ({ messageId: 'blockingCall', suggestions });

runPythonRuleTests('py-blocking-in-async', rule, {
  valid: [
    // Plain functions and module level block nobody's event loop.
    'import time\ndef wait():\n    time.sleep(1)\n',
    'import time\ntime.sleep(1)\n',
    'import requests\nclass Client:\n    session = requests.Session()\n',
    // Passed, not called: the thread does the blocking.
    'import asyncio, time\nasync def f():\n    await asyncio.to_thread(time.sleep, 1)\n',
    'import asyncio, requests\nasync def f(url):\n    loop = asyncio.get_running_loop()\n    return await loop.run_in_executor(None, requests.get, url)\n',
    // A sync helper defined in the coroutine and handed to a thread, and a lambda for an executor.
    'import asyncio, requests\nasync def f(url):\n    def fetch():\n        return requests.get(url).json()\n    return await asyncio.to_thread(fetch)\n',
    'import asyncio\nasync def f(loop, p):\n    return await loop.run_in_executor(None, lambda: open(p).read())\n',
    // The file's own functions named like blocking ones.
    'def sleep(s):\n    pass\nasync def f():\n    sleep(1)\n',
    'def open(p):\n    return p\nasync def f(p):\n    return open(p)\n',
    'async def f(input):\n    return input()\n',
    // Async libraries that share the names.
    'import anyio, trio\nasync def f():\n    await anyio.sleep(1)\n    await trio.sleep(1)\n',
    'import aiofiles\nasync def f(p):\n    async with aiofiles.open(p) as fh:\n        return await fh.read()\n',
    'import asyncio\nasync def f():\n    await asyncio.sleep(1)\n',
    'from asyncio import sleep\nasync def f():\n    await sleep(1)\n',
    'import httpx\nasync def f(url):\n    async with httpx.AsyncClient() as client:\n        return await client.get(url)\n',
    // Methods of objects the code does not show were made by a blocking library.
    'async def f(client, url):\n    return client.get(url)\n',
    'import requests\nasync def f(self, url):\n    return self.session.get(url)\n',
    'import requests\nasync def f(session, url):\n    session = session or requests.Session()\n    return session.get(url)\n',
    'import socket\nasync def f(conn):\n    conn.send(b"x")\n',
    'import requests\nasync def f(url, make):\n    s = requests.Session()\n    s = make()\n    return s.get(url)\n',
    // In-memory files.
    'import io\nasync def f():\n    buf = io.StringIO()\n    buf.write("x")\n    return buf.read()\n',
    // Paths that are not visibly pathlib.Path objects.
    'async def f(path):\n    return path.read_text()\n',
    'import os\nasync def f(p):\n    return os.path.join(p, "x")\n',
    'import pathlib\nasync def f():\n    return pathlib.PurePath("a").name\n',
    // A non-blocking socket driven by the loop.
    'import asyncio, socket\nasync def f(addr):\n    sock = socket.socket()\n    sock.setblocking(False)\n    await asyncio.get_running_loop().sock_connect(sock, addr)\n    sock.send(b"x")\n',
    // smtplib.SMTP() without a host does not connect.
    'import smtplib\nasync def f():\n    return smtplib.SMTP()\n',
    // An in-memory SQLite database never waits for a disk.
    'import sqlite3\nasync def f():\n    with sqlite3.connect(":memory:") as db:\n        return db.execute("select 1").fetchall()\n',
    // Pure path arithmetic, and Path methods on something not visibly a Path.
    'from pathlib import Path\nasync def f(root):\n    p = Path(root) / "a"\n    return p.with_suffix(".txt").name, p.parent.stem\n',
    'async def f(request):\n    return request.app.root.joinpath("x").is_file()\n',
    // A name bound to a Path in one branch and to something else in another.
    'from pathlib import Path\nasync def f(flag, other):\n    if flag:\n        p = Path("a")\n    else:\n        p = other.resolve()\n    return p.exists()\n',
    // open() handed straight to aiofiles' wrapper.
    'import aiofiles.threadpool\nasync def f(p):\n    return aiofiles.threadpool.wrap(open(p))\n',
    // A name imported from somewhere else is not the library's.
    'from .compat import sleep\nasync def f():\n    sleep(1)\n',
    // Options of another project do not change the catalogue for this one.
    { code: 'import mylib\nasync def f():\n    mylib.fetch()\n', options: [{ blockingCalls: { 'mylib.fetch_sync': 'mylib.fetch' } }] },
  ],
  invalid: [
    {
      // The name is re-bound by a later loop: the call still sees the Path made above it.
      code: 'import asyncio\nfrom pathlib import Path\nasync def f(root, names):\n    path = Path(root)\n    size = path.stat().st_size\n    for path in names:\n        print(path)\n    return size\n',
      errors: [
        err([
          {
            messageId: 'runInThread',
            output: 'import asyncio\nfrom pathlib import Path\nasync def f(root, names):\n    path = Path(root)\n    size = (await asyncio.to_thread(path.stat)).st_size\n    for path in names:\n        print(path)\n    return size\n',
          },
        ]),
      ],
    },
    {
      code: 'import asyncio\nimport time\nasync def f():\n    time.sleep(1)\n',
      errors: [err([{ messageId: 'useAsyncioSleep', output: 'import asyncio\nimport time\nasync def f():\n    await asyncio.sleep(1)\n' }])],
    },
    {
      // No asyncio yet: the import goes first among the imports, after the docstring.
      code: '"""Doc."""\nfrom time import sleep as pause\nasync def f():\n    pause(0.5)\n',
      errors: [err([{ messageId: 'useAsyncioSleep', output: '"""Doc."""\nimport asyncio\nfrom time import sleep as pause\nasync def f():\n    await asyncio.sleep(0.5)\n' }])],
    },
    {
      // An aliased asyncio is used as written; `from __future__` stays first.
      code: 'from __future__ import annotations\nimport asyncio as aio\nimport time\nasync def f():\n    time.sleep(1)\n',
      errors: [err([{ messageId: 'useAsyncioSleep', output: 'from __future__ import annotations\nimport asyncio as aio\nimport time\nasync def f():\n    await aio.sleep(1)\n' }])],
    },
    {
      code: 'from __future__ import annotations\nimport time\nasync def f():\n    time.sleep(1)\n',
      errors: [err([{ messageId: 'useAsyncioSleep', output: 'from __future__ import annotations\nimport asyncio\nimport time\nasync def f():\n    await asyncio.sleep(1)\n' }])],
    },
    {
      code: 'import asyncio\nimport requests as r\nasync def f(url):\n    return r.get(url, timeout=5).json()\n',
      errors: [err([{ messageId: 'runInThread', output: 'import asyncio\nimport requests as r\nasync def f(url):\n    return (await asyncio.to_thread(r.get, url, timeout=5)).json()\n' }])],
    },
    {
      code: 'import asyncio\nimport requests\nasync def f(url, body):\n    with requests.Session() as s:\n        s.post(\n            url,\n            json=body,\n        )\n',
      errors: [err([{ messageId: 'runInThread', output: 'import asyncio\nimport requests\nasync def f(url, body):\n    with requests.Session() as s:\n        await asyncio.to_thread(\n            s.post,\n            url,\n            json=body,\n        )\n' }])],
    },
    {
      // Storing the session on an attribute does not rebind the name.
      code: 'import asyncio, requests\nasync def f(self, url):\n    session = requests.Session()\n    self.session = session\n    return session.get(url)\n',
      errors: [err([{ messageId: 'runInThread', output: 'import asyncio, requests\nasync def f(self, url):\n    session = requests.Session()\n    self.session = session\n    return await asyncio.to_thread(session.get, url)\n' }])],
    },
    {
      // A module-level session used from a coroutine.
      code: 'import asyncio\nimport requests\nsession = requests.Session()\nasync def f(url):\n    return session.get(url)\n',
      errors: [err([{ messageId: 'runInThread', output: 'import asyncio\nimport requests\nsession = requests.Session()\nasync def f(url):\n    return await asyncio.to_thread(session.get, url)\n' }])],
    },
    {
      code: 'import asyncio\nfrom urllib.request import urlopen\nasync def f(url):\n    return urlopen(url).read()\n',
      errors: [err([{ messageId: 'runInThread', output: 'import asyncio\nfrom urllib.request import urlopen\nasync def f(url):\n    return (await asyncio.to_thread(urlopen, url)).read()\n' }])],
    },
    {
      code: 'import asyncio\nasync def f(p):\n    return open(p, encoding="utf-8").read()\n',
      errors: [err([{ messageId: 'runInThread', output: 'import asyncio\nasync def f(p):\n    return await asyncio.to_thread(lambda: open(p, encoding="utf-8").read())\n' }])],
    },
    {
      // `with open(...)` blocks: reported, no rewrite of the block.
      code: 'async def f(p):\n    with open(p) as fh:\n        return fh.read()\n',
      errors: [err()],
    },
    {
      code: 'import asyncio\nfrom pathlib import Path\nasync def f(root):\n    base = Path(root)\n    return (base / "config" / "app.toml").read_text()\n',
      errors: [err([{ messageId: 'runInThread', output: 'import asyncio\nfrom pathlib import Path\nasync def f(root):\n    base = Path(root)\n    return await asyncio.to_thread((base / "config" / "app.toml").read_text)\n' }])],
    },
    {
      code: 'import pathlib\nasync def f(data):\n    pathlib.Path("out.bin").write_bytes(data)\n',
      errors: [err([{ messageId: 'runInThread', output: 'import asyncio\nimport pathlib\nasync def f(data):\n    await asyncio.to_thread(pathlib.Path("out.bin").write_bytes, data)\n' }])],
    },
    {
      code: 'import asyncio, subprocess\nasync def f(cmd):\n    out = subprocess.check_output(cmd, shell=True)\n    proc = subprocess.Popen(cmd)\n    proc.wait()\n',
      errors: [
        err([{ messageId: 'runInThread', output: 'import asyncio, subprocess\nasync def f(cmd):\n    out = await asyncio.to_thread(subprocess.check_output, cmd, shell=True)\n    proc = subprocess.Popen(cmd)\n    proc.wait()\n' }]),
        err([{ messageId: 'runInThread', output: 'import asyncio, subprocess\nasync def f(cmd):\n    out = subprocess.check_output(cmd, shell=True)\n    proc = subprocess.Popen(cmd)\n    await asyncio.to_thread(proc.wait)\n' }]),
      ],
    },
    {
      code: 'import asyncio, os\nasync def f():\n    os.system("sync")\n',
      errors: [err([{ messageId: 'runInThread', output: 'import asyncio, os\nasync def f():\n    await asyncio.to_thread(os.system, "sync")\n' }])],
    },
    {
      code: 'import asyncio, psycopg2\nasync def f(dsn, sql):\n    conn = psycopg2.connect(dsn)\n    with conn.cursor() as cur:\n        cur.execute(sql)\n        return cur.fetchall()\n',
      errors: [
        err([{ messageId: 'runInThread', output: 'import asyncio, psycopg2\nasync def f(dsn, sql):\n    conn = await asyncio.to_thread(psycopg2.connect, dsn)\n    with conn.cursor() as cur:\n        cur.execute(sql)\n        return cur.fetchall()\n' }]),
        err([{ messageId: 'runInThread', output: 'import asyncio, psycopg2\nasync def f(dsn, sql):\n    conn = psycopg2.connect(dsn)\n    with conn.cursor() as cur:\n        await asyncio.to_thread(cur.execute, sql)\n        return cur.fetchall()\n' }]),
        err([{ messageId: 'runInThread', output: 'import asyncio, psycopg2\nasync def f(dsn, sql):\n    conn = psycopg2.connect(dsn)\n    with conn.cursor() as cur:\n        cur.execute(sql)\n        return await asyncio.to_thread(cur.fetchall)\n' }]),
      ],
    },
    {
      // sqlite3 connections refuse other threads: reported without the thread rewrite.
      code: 'import sqlite3\nasync def f(sql):\n    db = sqlite3.connect("app.db")\n    return db.execute(sql).fetchall()\n',
      errors: [err(), err(), err()],
    },
    {
      code: 'import pymysql\nasync def f(sql):\n    conn = pymysql.connect(host="db")\n    cur = conn.cursor()\n    cur.execute(sql)\n',
      errors: [err([{ messageId: 'runInThread', output: 'import asyncio\nimport pymysql\nasync def f(sql):\n    conn = await asyncio.to_thread(pymysql.connect, host="db")\n    cur = conn.cursor()\n    cur.execute(sql)\n' }]),
        err([{ messageId: 'runInThread', output: 'import asyncio\nimport pymysql\nasync def f(sql):\n    conn = pymysql.connect(host="db")\n    cur = conn.cursor()\n    await asyncio.to_thread(cur.execute, sql)\n' }])],
    },
    {
      code: 'import socket\nasync def f(host):\n    with socket.create_connection((host, 80)) as sock:\n        sock.sendall(b"ping")\n        return sock.recv(1024)\n',
      errors: [err([{ messageId: 'runInThread', output: 'import asyncio\nimport socket\nasync def f(host):\n    with await asyncio.to_thread(socket.create_connection, (host, 80)) as sock:\n        sock.sendall(b"ping")\n        return sock.recv(1024)\n' }]),
        err([{ messageId: 'runInThread', output: 'import asyncio\nimport socket\nasync def f(host):\n    with socket.create_connection((host, 80)) as sock:\n        await asyncio.to_thread(sock.sendall, b"ping")\n        return sock.recv(1024)\n' }]),
        err([{ messageId: 'runInThread', output: 'import asyncio\nimport socket\nasync def f(host):\n    with socket.create_connection((host, 80)) as sock:\n        sock.sendall(b"ping")\n        return await asyncio.to_thread(sock.recv, 1024)\n' }])],
    },
    {
      code: 'import socket\nasync def serve():\n    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n    conn, addr = srv.accept()\n',
      errors: [err([{ messageId: 'runInThread', output: 'import asyncio\nimport socket\nasync def serve():\n    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n    conn, addr = await asyncio.to_thread(srv.accept)\n' }])],
    },
    {
      code: 'import asyncio\nasync def ask():\n    return input("name? ")\n',
      errors: [err([{ messageId: 'runInThread', output: 'import asyncio\nasync def ask():\n    return await asyncio.to_thread(input, "name? ")\n' }])],
    },
    {
      code: 'import asyncio, shutil\nasync def f(src, dst):\n    shutil.copytree(src, dst, dirs_exist_ok=True)\n    shutil.rmtree(src)\n',
      errors: [
        err([{ messageId: 'runInThread', output: 'import asyncio, shutil\nasync def f(src, dst):\n    await asyncio.to_thread(shutil.copytree, src, dst, dirs_exist_ok=True)\n    shutil.rmtree(src)\n' }]),
        err([{ messageId: 'runInThread', output: 'import asyncio, shutil\nasync def f(src, dst):\n    shutil.copytree(src, dst, dirs_exist_ok=True)\n    await asyncio.to_thread(shutil.rmtree, src)\n' }]),
      ],
    },
    {
      code: 'import asyncio, urllib3\nasync def f(url):\n    http = urllib3.PoolManager()\n    return http.request("GET", url).data\n',
      errors: [err([{ messageId: 'runInThread', output: 'import asyncio, urllib3\nasync def f(url):\n    http = urllib3.PoolManager()\n    return (await asyncio.to_thread(http.request, "GET", url)).data\n' }])],
    },
    {
      code: 'import asyncio, smtplib\nasync def f(msg):\n    with smtplib.SMTP("mail") as smtp:\n        smtp.send_message(msg)\n',
      errors: [
        err([{ messageId: 'runInThread', output: 'import asyncio, smtplib\nasync def f(msg):\n    with await asyncio.to_thread(smtplib.SMTP, "mail") as smtp:\n        smtp.send_message(msg)\n' }]),
        err([{ messageId: 'runInThread', output: 'import asyncio, smtplib\nasync def f(msg):\n    with smtplib.SMTP("mail") as smtp:\n        await asyncio.to_thread(smtp.send_message, msg)\n' }]),
      ],
    },
    {
      // File-system calls on a visible Path, through `/`, `.resolve()` and `.parent`.
      code: 'import asyncio, os\nfrom pathlib import Path\nasync def f(root, name):\n    path = Path(os.path.normpath(root)).resolve()\n    if (path / name).parent.is_dir():\n        return None\n',
      errors: [
        err([{ messageId: 'runInThread', output: 'import asyncio, os\nfrom pathlib import Path\nasync def f(root, name):\n    path = await asyncio.to_thread(Path(os.path.normpath(root)).resolve)\n    if (path / name).parent.is_dir():\n        return None\n' }]),
        err([{ messageId: 'runInThread', output: 'import asyncio, os\nfrom pathlib import Path\nasync def f(root, name):\n    path = Path(os.path.normpath(root)).resolve()\n    if await asyncio.to_thread((path / name).parent.is_dir):\n        return None\n' }]),
      ],
    },
    {
      // Path.open like open: only the one-shot chain is rewritten.
      code: 'import asyncio\nfrom pathlib import Path\nasync def f(p):\n    data = Path(p).open("rb").read()\n    with Path(p).open() as fh:\n        return data, fh.read()\n',
      errors: [
        err([{ messageId: 'runInThread', output: 'import asyncio\nfrom pathlib import Path\nasync def f(p):\n    data = await asyncio.to_thread(lambda: Path(p).open("rb").read())\n    with Path(p).open() as fh:\n        return data, fh.read()\n' }]),
        err(),
      ],
    },
    {
      code: 'import asyncio, ssl, tempfile\nasync def f():\n    ctx = ssl.create_default_context()\n    tmp = tempfile.TemporaryFile()\n',
      errors: [
        err([{ messageId: 'runInThread', output: 'import asyncio, ssl, tempfile\nasync def f():\n    ctx = await asyncio.to_thread(ssl.create_default_context)\n    tmp = tempfile.TemporaryFile()\n' }]),
        err([{ messageId: 'runInThread', output: 'import asyncio, ssl, tempfile\nasync def f():\n    ctx = ssl.create_default_context()\n    tmp = await asyncio.to_thread(tempfile.TemporaryFile)\n' }]),
      ],
    },
    {
      // In a generator expression `await` would make an async generator: reported, no rewrite.
      code: 'import asyncio\nasync def f(paths):\n    return sum(len(open(p).read()) for p in paths)\n',
      errors: [err()],
    },
    {
      // In a list comprehension `await` is fine.
      code: 'import asyncio, requests\nasync def f(urls):\n    return [requests.get(u) for u in urls]\n',
      errors: [err([{ messageId: 'runInThread', output: 'import asyncio, requests\nasync def f(urls):\n    return [await asyncio.to_thread(requests.get, u) for u in urls]\n' }])],
    },
    {
      code: 'import asyncio.subprocess\nimport time\nasync def f():\n    time.sleep(1)\n',
      errors: [err([{ messageId: 'useAsyncioSleep', output: 'import asyncio.subprocess\nimport time\nasync def f():\n    await asyncio.sleep(1)\n' }])],
    },
    {
      // A local `asyncio` that is not the module: reported without a fix.
      code: 'import time\nasync def f(asyncio):\n    time.sleep(1)\n',
      errors: [err()],
    },
    {
      // Before Python 3.9 there is no asyncio.to_thread.
      code: 'import requests\nasync def f(url):\n    return requests.get(url)\n',
      settings: { asyncwise: { python: { targetVersion: '3.8' } } },
      errors: [err()],
    },
    {
      // The project's own blocking calls, from the options.
      code: 'import asyncio\nfrom mylib import fetch_sync\nasync def f():\n    return fetch_sync()\n',
      options: [{ blockingCalls: { 'mylib.fetch_sync': '`await mylib.fetch()`' } }],
      errors: [err([{ messageId: 'runInThread', output: 'import asyncio\nfrom mylib import fetch_sync\nasync def f():\n    return await asyncio.to_thread(fetch_sync)\n' }])],
    },
  ],
});
