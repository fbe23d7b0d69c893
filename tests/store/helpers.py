"""Putting documents in a test store."""

from sourcebook.records import Document


def make_doc(doc_id, text, **fields):
    fields.setdefault("path", f"/corpus/{doc_id}.txt")
    fields.setdefault("media_type", "text/plain")
    fields.setdefault("text_hash", doc_id)
    return Document(id=doc_id, text=text, **fields)


def put(store, *docs):
    with store.transaction():
        for doc in docs:
            store.put_document(doc, size=len(doc.text), mtime=1.0, fingerprint=None)
