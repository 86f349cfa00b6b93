package org.vocdesk.complaint.boundary;

import static org.vocdesk.identity.entity.Role.Names.*;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vocdesk.complaint.entity.Attachment;
import org.vocdesk.complaint.entity.NewAttachment;
import org.vocdesk.platform.entity.BusinessException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

@Path("complaints/{id}/attachments")
@Tag(name = "Complaints")
public class AttachmentsResource {

    public record AttachmentView(Long id, String fileName, String contentType, long sizeBytes, String sha256,
                                 Instant uploadedAt, String uploadedBy) {
        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes(), a.getSha256(),
                    a.getUploadedAt(), a.getUploadedBy());
        }
    }

    @Inject
    Complaints complaints;

    @Inject
    @ConfigProperty(name = "vocdesk.attachments.max-bytes", defaultValue = "20971520")
    long maxBytes;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The complaint's attachments (without their content)")
    public List<AttachmentView> list(@PathParam("id") Long id) {
        complaints.get(id);
        return complaints.attachments(id).stream().map(AttachmentView::of).toList();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Attach a file: the request body is the file; its type is checked by content, its size by the configured limit")
    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public Response upload(@PathParam("id") Long id, @QueryParam("fileName") String fileName, InputStream body) throws IOException {
        byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (content.length > maxBytes) {
            throw BusinessException.invalidField("file", "complaint.attachment.tooLarge", fileName, maxBytes / (1024 * 1024));
        }
        Attachment attachment = complaints.addAttachment(id, new NewAttachment(fileName, content));
        return Response.status(Response.Status.CREATED).entity(AttachmentView.of(attachment)).build();
    }

    @GET
    @Path("{attachmentId}")
    @Operation(summary = "Download an attachment")
    public Response download(@PathParam("id") Long id, @PathParam("attachmentId") Long attachmentId) {
        Complaints.AttachmentDownload download = complaints.download(id, attachmentId);
        Attachment attachment = download.attachment();
        return Response.ok(download.content(), attachment.getContentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(attachment.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + attachment.getSha256())
                .build();
    }
}
