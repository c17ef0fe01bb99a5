"""KKS Desktop: offline records for Pokja Desa/Kelurahan Sehat and the KKS programme."""

__version__ = "0.1.0"
