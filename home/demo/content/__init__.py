"""Demo content, one module per area of the site, every text in English and Spanish."""
