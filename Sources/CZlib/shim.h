// zlib (Debian: zlib1g-dev), for gzip-compressed WARC files and HTTP payloads.
#include <zlib.h>
