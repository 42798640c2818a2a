#pragma once

#include <QDate>
#include <QSet>
#include <QSortFilterProxyModel>

namespace Dossier {

// Filters and sorts an AnnotationModel: by tags (any of a set: pass a tag
// and its descendants), colour, text (in quote, note or tag paths) and the
// date an annotation was made. Empty filters let everything through.
class AnnotationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AnnotationFilterModel(QObject *parent = nullptr);

    void setTagFilter(const QSet<qint64> &tagIds);
    void setColourFilter(const QString &colourKey);
    void setTextFilter(const QString &text);
    // Created on or after from and on or before until (local dates); an
    // invalid date leaves that side open.
    void setDateFilter(QDate from, QDate until);
    // Only annotations in one of these states (int(Annotation::Anchor));
    // empty for any.
    void setAnchorFilter(const QSet<int> &anchors);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Compares the annotations themselves (case-insensitive, no case-folded
    // copies): sorting thousands of rows is tens of thousands of
    // comparisons, at every filter change that brings rows back.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QSet<qint64> m_tagIds;
    QString m_colour;
    QString m_text; // case-folded
    QDate m_from;
    QDate m_until;
    QSet<int> m_anchors;
};

} // namespace Dossier
