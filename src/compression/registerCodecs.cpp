#include "compression/CompressionCodecFactory.h"

namespace datastore::compression
{
void registerCodecNone(CompressionCodecFactory & factory);
void registerCodecLZ4(CompressionCodecFactory & factory);
void registerCodecZSTD(CompressionCodecFactory & factory);
void registerCodecDelta(CompressionCodecFactory & factory);
void registerCodecDoubleDelta(CompressionCodecFactory & factory);
void registerCodecGorilla(CompressionCodecFactory & factory);

void registerCodecs(CompressionCodecFactory & factory)
{
    registerCodecNone(factory);
    registerCodecLZ4(factory);
    registerCodecZSTD(factory);
    registerCodecDelta(factory);
    registerCodecDoubleDelta(factory);
    registerCodecGorilla(factory);
}
}
