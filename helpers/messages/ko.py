"""한국어 메시지 (placeholder until translated)."""

from .en import MESSAGES as _EN

MESSAGES = dict(_EN)
