#!/usr/bin/env python3
"""Carries translations over when a message moves to another context.

After lupdate, a message whose tr() moved (say from MainWindow to Format) is
new and unfinished in its new context and obsolete ("vanished") in the old
one. This fills each unfinished message from an obsolete one with the same
source text and comment, then drops the obsolete copies it used.
Usage: scripts/ts_carry_over.py translations/*.ts
"""
import sys
import xml.etree.ElementTree as ET


def key(message):
    comment = message.find('comment')
    extra = message.find('extracomment')
    return (message.findtext('source'), comment.text if comment is not None else None,
            extra.text if extra is not None else None)


def carry(path):
    tree = ET.parse(path)
    root = tree.getroot()
    gone = {}
    for context in root.iter('context'):
        for message in context.findall('message'):
            translation = message.find('translation')
            if translation.get('type') in ('vanished', 'obsolete'):
                gone[key(message)] = (context, message)
    filled = 0
    for context in root.iter('context'):
        for message in context.findall('message'):
            translation = message.find('translation')
            if translation.get('type') != 'unfinished' or key(message) not in gone:
                continue
            old_context, old = gone.pop(key(message))
            old_translation = old.find('translation')
            message.remove(translation)
            old_translation.attrib.pop('type')
            message.append(old_translation)
            old_context.remove(old)
            filled += 1
    for context in list(root.iter('context')):
        if not context.findall('message'):
            root.remove(context)
    tree.write(path, encoding='utf-8', xml_declaration=True)
    print(f'{path}: {filled} carried over')


for ts in sys.argv[1:]:
    carry(ts)
