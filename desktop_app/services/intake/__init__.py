"""Getting data in and out: CSV/XLSX import (preview then apply), export, the demo register."""
