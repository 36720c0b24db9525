package vn.theodoi.attachments.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByOwnerKindAndOwnerIdOrderByUploadedAtAscIdAsc(String ownerKind, long ownerId);

    List<Attachment> findByOwnerKindAndOwnerIdInOrderByUploadedAtAscIdAsc(String ownerKind, Collection<Long> ownerIds);
}
