"""Languages as data: one YAML file per language, loaded into a registry."""

from jupyter_leetarxiv.core.languages.model import Language, LanguageError, SelfTest
from jupyter_leetarxiv.core.languages.registry import LanguageRegistry, load_languages

__all__ = ["Language", "LanguageError", "LanguageRegistry", "SelfTest", "load_languages"]
