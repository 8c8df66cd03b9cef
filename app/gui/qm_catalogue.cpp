#include "app/gui/qm_catalogue.h"

#include <QCoreApplication>
#include <QtEndian>

namespace rl {
namespace gui {

namespace {
// The .qm layout (Qt's qtranslator.cpp): a 16-byte magic number, then blocks
// of tag (1 byte), length (4 bytes, big-endian), data. The messages block is a
// list of tagged fields, each message closed by Tag_End.
const uchar kMagic[16] = {0x3c, 0xb8, 0x64, 0x18, 0xca, 0xef, 0x9c, 0x95,
                          0xcd, 0x21, 0x1c, 0xbf, 0x60, 0xa1, 0xbd, 0xdd};
constexpr uchar kMessagesBlock = 0x69;
enum Tag : uchar {
    tagEnd = 1,
    tagSourceText16 = 2,
    tagTranslation = 3,
    tagContext16 = 4,
    tagObsolete1 = 5,
    tagSourceText = 6,
    tagContext = 7,
    tagComment = 8,
};

// Reads one message's fields from `p`; false if the block is cut short.
bool readMessage(const uchar*& p, const uchar* end, CatalogueEntry& e) {
    while (p < end) {
        const uchar tag = *p++;
        if (tag == tagEnd) return true;
        if (tag == tagObsolete1) {
            p += 4;
            continue;
        }
        if (end - p < 4) return false;
        const quint32 len = qFromBigEndian<quint32>(p);
        p += 4;
        if (tag == tagTranslation && len == 0xffffffffu) {  // a null translation
            e.translations << QString();
            continue;
        }
        if (static_cast<quint64>(end - p) < len) return false;
        const auto* bytes = reinterpret_cast<const char*>(p);
        switch (tag) {
            case tagTranslation: {
                QString t(static_cast<int>(len / 2), Qt::Uninitialized);
                for (quint32 i = 0; i + 1 < len; i += 2)
                    t[static_cast<int>(i / 2)] = QChar(qFromBigEndian<quint16>(p + i));
                e.translations << t;
                break;
            }
            case tagSourceText:
                e.source = QString::fromUtf8(bytes, len);
                break;
            case tagContext:
                e.context = QString::fromUtf8(bytes, len);
                break;
            case tagComment:
                e.comment = QString::fromUtf8(bytes, len);
                break;
            case tagSourceText16:
            case tagContext16:
                break;  // pre-Qt 4 fields: skipped
            default:
                return false;
        }
        p += len;
    }
    return false;
}
}  // namespace

std::vector<CatalogueEntry> readQmCatalogue(const QByteArray& qm, QString* error) {
    auto fail = [error](const QString& why) {
        if (error) *error = why;
        return std::vector<CatalogueEntry>();
    };
    if (qm.size() < 16 || memcmp(qm.constData(), kMagic, 16) != 0)
        return fail(QCoreApplication::translate(
            "rl::gui::QmCatalogue",
            "not a compiled Qt translation (.qm): the magic number is missing"));
    const auto* p = reinterpret_cast<const uchar*>(qm.constData()) + 16;
    const auto* end = reinterpret_cast<const uchar*>(qm.constData()) + qm.size();
    std::vector<CatalogueEntry> entries;
    while (end - p >= 5) {
        const uchar block = *p;
        const quint32 len = qFromBigEndian<quint32>(p + 1);
        p += 5;
        if (static_cast<quint64>(end - p) < len)
            return fail(QCoreApplication::translate(
                            "rl::gui::QmCatalogue",
                            "the .qm file is cut short (a block of %1 bytes at byte %2)")
                            .arg(len)
                            .arg(p - reinterpret_cast<const uchar*>(qm.constData())));
        if (block == kMessagesBlock) {
            const uchar* m = p;
            const uchar* mEnd = p + len;
            while (m < mEnd) {
                CatalogueEntry e;
                if (!readMessage(m, mEnd, e))
                    return fail(QCoreApplication::translate("rl::gui::QmCatalogue",
                                                            "a message of the .qm file is broken"));
                if (!e.source.isEmpty()) entries.push_back(std::move(e));
            }
        }
        p += len;
    }
    return entries;
}

}  // namespace gui
}  // namespace rl
