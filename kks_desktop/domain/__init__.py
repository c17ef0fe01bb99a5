"""The rules of the field in pure Python: kode wilayah, desa, Pokja, validation and typed errors."""
