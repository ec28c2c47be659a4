"""Builds Qonun's static search index with Pagefind's Python API.

Usage: pagefind_index.py RECORDS.json OUTPUT_DIR

RECORDS.json is written by `qonun publish`: [{"url", "language", "title", "content"}], one record per
expression page, its text with every Uzbek apostrophe spelling folded to ASCII "'" (the search page folds
queries the same way). Languages are ISO 639-2 in the records and ISO 639-1 for Pagefind.
"""
import asyncio
import json
import signal
import sys

from pagefind.index import IndexConfig, PagefindIndex

LANGUAGES = {"uzb": "uz", "rus": "ru", "eng": "en"}


async def main(records_path: str, output_path: str) -> None:
    with open(records_path, encoding="utf-8") as handle:
        records = json.load(handle)
    config = IndexConfig(output_path=output_path)
    async with PagefindIndex(config=config) as index:
        for record in records:
            await index.add_custom_record(
                url="/" + record["url"],
                content=record["content"],
                language=LANGUAGES.get(record["language"], "en"),
                meta={"title": record["title"]},
            )
        await index.write_files(output_path=output_path)


if __name__ == "__main__":
    # A parent may start us with signals blocked (Foundation's Process does); the Pagefind service and
    # asyncio's child handling need them, so unblock everything before starting it.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, set(signal.Signals))
    if len(sys.argv) != 3:
        sys.exit("usage: pagefind_index.py RECORDS.json OUTPUT_DIR")
    asyncio.run(main(sys.argv[1], sys.argv[2]))
